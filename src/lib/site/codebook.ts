// The codebook (/data/indicators.csv): every value indicator and rate with its labels, unit,
// template, section, definition and — for derived indicators and rates — its formula over ids.
import { rules, valueIndicators, type Indicator } from '../catalog/index.ts';
import { rates } from '../catalog/rates.ts';
import { formulaIds } from '../rates/compute.ts';

export const CODEBOOK_FIELDS = ['id', 'zh', 'en', 'unit', 'template', 'section', 'definition', 'formula'] as const;

const definitionOf = (i: Indicator) => [i.label_full, i.note].filter(Boolean).join('；');

/** The definition rule that computes a derived indicator (its expression), if any. */
function derivation(i: Indicator): string {
  if (i.kind !== 'derived') return '';
  const r = rules.find((x) => x.severity === 'definition' && x.expression.split('=')[0]!.trim() === i.id);
  return r?.expression ?? '';
}

export function codebookRows(): Array<Record<(typeof CODEBOOK_FIELDS)[number], string>> {
  const out: Array<Record<(typeof CODEBOOK_FIELDS)[number], string>> = [];
  for (const r of rates) {
    const f = (['pre2019', 'post2019'] as const).map((t) => [t, formulaIds(r, t)] as const).filter(([, x]) => x);
    out.push({
      id: r.id,
      zh: r.zh,
      en: r.en,
      unit: r.unit,
      template: f.map(([t]) => t).join('+'),
      section: '比率',
      definition: [r.definition, r.note].filter(Boolean).join(''),
      formula: f.map(([t, x]) => `${t}: ${x}`).join('; '),
    });
  }
  for (const i of valueIndicators) {
    out.push({ id: i.id, zh: i.zh, en: i.en, unit: i.unit ?? '', template: `${i.template}/${i.variant}`, section: i.section, definition: definitionOf(i), formula: derivation(i) });
  }
  return out;
}
