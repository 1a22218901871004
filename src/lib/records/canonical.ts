// schema.parse(v) without zod's machinery, for the values zod would accept as they are: one pass
// that checks what zod checks and builds what zod returns — objects with their members in the
// schema's key order, members the schema does not name left out, absent or undefined optional
// members left out — so JSON.stringify of it is JSON.stringify of zod's output. zod's parse of a
// record (records/site-json.ts recordJson, every freshly parsed report) builds the same copy through
// a payload and an issue list per value.
//
// NOT_SURE says only "ask zod": the caller does, and gets zod's output or zod's error. The copier is
// compiled once from the schema's definition; it knows only the parts the record schemas use
// (object, record, array, tuple, string with a regex, number with int, boolean, enum, nullable,
// optional) and throws on any other at compile time, so a schema change it does not know cannot pass
// unseen. Where zod's rule is subtle the copier is narrower (NOT_SURE): plain objects only, no
// `__proto__` or symbol key in a record, no present `undefined` where the schema wants a value.
// tests/unit/lib/records/canonical.test.ts holds it to zod on real and mutated records.
import type { z } from 'zod';

export const NOT_SURE: unique symbol = Symbol('not sure');
/** zod's output for `v` (a copy; a primitive as it is), or NOT_SURE. */
export type CanonicalCopy = (v: unknown) => unknown;

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; format?: string; pattern?: RegExp } } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: unknown;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  partial?: boolean;
  innerType?: z.ZodType;
  coerce?: boolean;
}

const internals = (s: z.ZodType) => (s as unknown as { _zod: { def: Def; values?: Set<unknown> } })._zod;
const plain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
};
const unsupported = (what: string): never => {
  throw new Error(`canonical: zod ${what} is not supported`);
};

/** A copier for `schema`; throws when the schema uses a part this module does not know. */
export function canonicalCopy(schema: z.ZodType): CanonicalCopy {
  const zod = internals(schema);
  const d = zod.def;
  if (d.coerce) unsupported('coercion');
  const checks = d.checks ?? [];
  switch (d.type) {
    case 'string': {
      const patterns = checks.map((c) => (c._zod.def.check === 'string_format' && c._zod.def.format === 'regex' && c._zod.def.pattern ? c._zod.def.pattern : unsupported(`string check ${c._zod.def.check}`)));
      if (!patterns.length) return (v) => (typeof v === 'string' ? v : NOT_SURE);
      return (v) => {
        if (typeof v !== 'string') return NOT_SURE;
        for (const p of patterns) {
          p.lastIndex = 0;
          if (!p.test(v)) return NOT_SURE;
        }
        return v;
      };
    }
    case 'number': {
      let int = false;
      for (const c of checks) {
        if (c._zod.def.check === 'number_format' && c._zod.def.format === 'safeint') int = true;
        else unsupported(`number check ${c._zod.def.check}`);
      }
      return int ? (v) => (Number.isSafeInteger(v) ? v : NOT_SURE) : (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NOT_SURE);
    }
    case 'boolean':
      if (checks.length) unsupported('boolean checks');
      return (v) => (typeof v === 'boolean' ? v : NOT_SURE);
    case 'enum': {
      if (checks.length) unsupported('enum checks');
      const values = zod.values ?? unsupported('enum without values');
      return (v) => (values.has(v) ? v : NOT_SURE);
    }
    case 'nullable': {
      const inner = canonicalCopy(d.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'optional': {
      // an absent member is the object's business; elsewhere undefined is left to zod
      const inner = canonicalCopy(d.innerType!);
      return (v) => (v === undefined ? NOT_SURE : inner(v));
    }
    case 'array': {
      if (checks.length) unsupported('array checks');
      const el = canonicalCopy(d.element!);
      return (v) => {
        if (!Array.isArray(v)) return NOT_SURE;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = el(v[i]);
          if (x === NOT_SURE) return NOT_SURE;
          out[i] = x;
        }
        return out;
      };
    }
    case 'tuple': {
      if (checks.length || d.rest) unsupported('tuple checks or rest');
      const items = d.items!.map((s) => (internals(s).def.type === 'optional' ? unsupported('optional tuple item') : canonicalCopy(s)));
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return NOT_SURE;
        const out = new Array<unknown>(items.length);
        for (let i = 0; i < items.length; i++) {
          const x = items[i]!(v[i]);
          if (x === NOT_SURE) return NOT_SURE;
          out[i] = x;
        }
        return out;
      };
    }
    case 'object': {
      if (checks.length || d.catchall !== undefined) unsupported('object checks or catchall');
      const keys = Object.keys(d.shape!);
      // zod reads a member with `key in input` (inherited ones too): keep to keys no object inherits
      for (const k of keys) if (k in Object.prototype) unsupported(`object key ${k}`);
      const fields = keys.map((k) => canonicalCopy(d.shape![k]!));
      const optional = keys.map((k) => internals(d.shape![k]!).def.type === 'optional');
      return (v) => {
        if (!plain(v)) return NOT_SURE;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          const x = v[k];
          if (x === undefined) {
            // absent or undefined: zod leaves an optional member out (or sets it to undefined, which
            // JSON leaves out) and rejects a required one (no type here takes undefined)
            if (optional[i]) continue;
            return NOT_SURE;
          }
          const y = fields[i]!(x);
          if (y === NOT_SURE) return NOT_SURE;
          out[k] = y;
        }
        return out;
      };
    }
    case 'record': {
      if (checks.length) unsupported('record checks');
      const key = internals(d.keyType!);
      let keyOk: (k: string) => boolean;
      if (key.def.type === 'string' && !(key.def.checks ?? []).length) keyOk = () => true;
      else if (key.def.type === 'enum' && d.partial && key.values) {
        const values = key.values;
        keyOk = (k) => values.has(k);
      } else return unsupported(`record keys of ${key.def.type}`);
      const value = canonicalCopy(d.valueType!);
      return (v) => {
        // zod walks the own enumerable keys (Reflect.ownKeys), in the order Object.keys gives them
        if (!plain(v) || Object.getOwnPropertySymbols(v).length) return NOT_SURE;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          if (k === '__proto__' || !keyOk(k)) return NOT_SURE;
          const y = value(v[k]);
          if (y === NOT_SURE) return NOT_SURE;
          out[k] = y;
        }
        return out;
      };
    }
    default:
      return unsupported(d.type);
  }
}
