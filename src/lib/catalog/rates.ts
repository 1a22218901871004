// Rates (予以公开率, 行政复议纠错率, 申请量变化, …): derived indicators defined as data in rates.json,
// validated here. Their ids are public like every catalog id (URLs, CSV columns): additive only.
// Computation lives in src/lib/rates/.
import { z } from 'zod';
import raw from './rates.json' with { type: 'json' };
import { hasIndicator } from './index.ts';
import { seriesByKey } from './crosswalk.ts';

const ID = /^rate\.[a-z0-9_]+$/;

const sideSchema = z.object({ num: z.array(z.string()).min(1), den: z.array(z.string()).min(1) }).nullable();

const common = {
  id: z.string().regex(ID),
  zh: z.string().min(1),
  en: z.string().min(1),
  unit: z.literal('%'),
  definition: z.string().min(1),
  core: z.boolean(),
  note: z.string().optional(),
};

export const rateSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('ratio'), pre2019: sideSchema, post2019: sideSchema }),
  z.object({ ...common, kind: z.literal('change'), series: z.string() }),
]);

export const ratesFileSchema = z
  .object({ conventions: z.record(z.string(), z.string()), small_denominator: z.number().int().positive(), rates: z.array(rateSchema) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const r of f.rates) {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rate id ${r.id}` });
      seen.add(r.id);
      if (r.kind === 'change') {
        if (!seriesByKey(r.series)) ctx.addIssue({ code: 'custom', message: `${r.id}: unknown core series ${r.series}` });
        continue;
      }
      if (!r.pre2019 && !r.post2019) ctx.addIssue({ code: 'custom', message: `${r.id}: no template defines it` });
      for (const side of [r.pre2019, r.post2019])
        for (const id of [...(side?.num ?? []), ...(side?.den ?? [])])
          if (!hasIndicator(id)) ctx.addIssue({ code: 'custom', message: `${r.id}: unknown indicator ${id}` });
    }
  });

export type Rate = z.infer<typeof rateSchema>;
export type RatioRate = Extract<Rate, { kind: 'ratio' }>;
export type RateSide = NonNullable<RatioRate['pre2019']>;

const file = ratesFileSchema.parse(raw);

export const rates: readonly Rate[] = file.rates;
/** Denominators below this are 样本较小: marked, and left out of rankings. */
export const SMALL_DENOMINATOR = file.small_denominator;

const byId = new Map(rates.map((r) => [r.id, r]));
export function rate(id: string): Rate | undefined {
  return byId.get(id);
}
export function isRateId(id: string): boolean {
  return byId.has(id);
}
