// canonicalCopy is zod's parse for the values it is sure of: its copy stringifies as zod's output does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { canonicalCopy, NOT_SURE } from '../../../../src/lib/records/canonical.ts';
import { reportRecordSchema } from '../../../../src/lib/record-schema.ts';
import { parseBytes } from '../../../../src/lib/parse/index.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');
const FILES = ['001_9aef50f578a0bdd8.txt', 'pt-syq-2011.txt', '000_29acd3a32e0cbf6b.txt', 'sh-szfbgt-2019.html'];
const records = FILES.map((f) => parseBytes(readFileSync(join(REPORTS, f)), f));
const copy = canonicalCopy(reportRecordSchema);

class Box {
  constructor(public start = 1) {}
}

// Every object and array in a value, with the path to it (the mutation sites).
function sites(v: unknown, out: Array<Record<string, unknown> | unknown[]> = []): Array<Record<string, unknown> | unknown[]> {
  if (typeof v === 'object' && v !== null) {
    out.push(v as Record<string, unknown>);
    for (const x of Object.values(v)) sites(x, out);
  }
  return out;
}

const replacement = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -0, 1.5, 2 ** 53, '', 'x', 'PASS', 'table', true, [], {}, [1, 2, 3, 4], Object.create(null), new Box(), Symbol('s')),
  fc.integer(),
  fc.string(),
);
type Mutation = (site: Record<string, unknown> | unknown[], key: string | undefined, value: unknown) => void;
const mutations: Mutation[] = [
  (s, k, v) => k !== undefined && ((s as Record<string, unknown>)[k] = v), // change a member
  (s, k) => k !== undefined && delete (s as Record<string, unknown>)[k], // drop one
  (s, _k, v) => ((s as Record<string, unknown>).extra = v), // add one the schema does not name
  (s, _k, v) => Object.defineProperty(s, '__proto__', { value: v, enumerable: true, configurable: true, writable: true }),
  (s) => ((s as Record<symbol, unknown>)[Symbol('k')] = 1),
  (s, k) => k !== undefined && Object.defineProperty(s, k, { enumerable: false }), // hide a member
  (s) => {
    // the same members in another order
    const entries = Object.entries(s).reverse();
    for (const [k] of entries) delete (s as Record<string, unknown>)[k];
    for (const [k, v] of entries) (s as Record<string, unknown>)[k] = v;
  },
  (s) => Array.isArray(s) && (s.length += 1), // a hole at the end
  (s) => Object.setPrototypeOf(s, null),
  (s) => Object.setPrototypeOf(s, Box.prototype),
];

describe('canonicalCopy', () => {
  it('copies every real record, and the copy stringifies as zod’s output', () => {
    for (const r of records) {
      const c = copy(r);
      expect(c).not.toBe(NOT_SURE);
      expect(JSON.stringify(c)).toBe(JSON.stringify(reportRecordSchema.parse(r)));
    }
  });

  it('on mutated records: a copy only where zod accepts, stringifying as zod’s output', () => {
    fc.assert(
      fc.property(fc.constantFrom(...records.keys()), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: mutations.length - 1 }), replacement), { minLength: 1, maxLength: 3 }), (ri, steps) => {
        const r = structuredClone(records[ri]!);
        for (const [si, ki, mi, value] of steps) {
          const all = sites(r);
          const site = all[si % all.length]!;
          const keys = Object.keys(site);
          mutations[mi]!(site, keys.length ? keys[ki % keys.length] : undefined, value);
        }
        const c = copy(r);
        const z = reportRecordSchema.safeParse(r);
        expect(c === NOT_SURE || (z.success && JSON.stringify(c) === JSON.stringify(z.data))).toBe(true);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('refuses, when compiled, schema parts it does not know', () => {
    for (const s of [z.string().min(1), z.object({ a: z.string() }).passthrough(), z.union([z.string(), z.number()]), z.number().max(3), z.record(z.string().regex(/a/), z.number()), z.string().default('x')]) {
      expect(() => canonicalCopy(s)).toThrow(/not supported/);
    }
  });
});
