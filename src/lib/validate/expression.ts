// Catalog rule expressions → AST, parsed once per expression string.
// Grammar:  rule    := sum (('=' | '<=' | '>=') sum)?
//           sum     := term (('+' | '-') term)*
//           term    := number | ref | '(' sum ')'
//           ref     := id ('@Y' (('+' | '-') int)?)?
// plus the two prose "generic" rules of the catalog (x >= 0 / x is integer for every indicator …).

export type CompareOp = '=' | '<=' | '>=';

export interface Ref {
  type: 'ref';
  id: string;
  /** Report-year offset: 0 for `id` / `id@Y`, -1 for `@Y-1`, +1 for `@Y+1`. */
  offset: number;
  /** The reference as written in the expression, used as key in CheckResult.values. */
  text: string;
}
export interface Num {
  type: 'num';
  value: number;
}
export interface Sum {
  type: 'sum';
  terms: Array<{ sign: 1 | -1; node: Ref | Num | Sum }>;
}
export interface Comparison {
  type: 'compare';
  op: CompareOp;
  left: Sum;
  right: Sum;
}
/** "x >= 0 for every indicator x with kind in (…) except …" / "x is integer for every indicator x whose unit != …" */
export interface Generic {
  type: 'generic';
  test: 'nonnegative' | 'integer';
  kinds: string[] | null;
  /** Id globs (`*` = one dotted segment) excluded from the test. */
  except: string[];
  unitNot: string | null;
}
export type RuleAst = Comparison | Generic;

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly expression: string,
  ) {
    super(`${message} in "${expression}"`);
  }
}

const ID = /[a-z0-9_]+(?:\.[a-z0-9_]+)*/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const QUALIFIER = /@Y(?:([+-])(\d+))?/y;

const cache = new Map<string, RuleAst>();

export function parseRule(expression: string): RuleAst {
  let ast = cache.get(expression);
  if (!ast) {
    ast = parseGeneric(expression) ?? new Parser(expression).rule();
    cache.set(expression, ast);
  }
  return ast;
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  rule(): Comparison {
    const left = this.sum();
    this.ws();
    const op = this.src.startsWith('<=', this.pos) ? '<=' : this.src.startsWith('>=', this.pos) ? '>=' : this.src[this.pos] === '=' ? '=' : null;
    if (!op) throw new ExpressionError(`expected =, <= or >= at ${this.pos}`, this.src);
    this.pos += op.length;
    const right = this.sum();
    this.ws();
    if (this.pos < this.src.length) throw new ExpressionError(`unexpected "${this.src.slice(this.pos, this.pos + 10)}" at ${this.pos}`, this.src);
    return { type: 'compare', op, left, right };
  }

  private sum(): Sum {
    const terms: Sum['terms'] = [{ sign: 1, node: this.term() }];
    for (;;) {
      this.ws();
      const c = this.src[this.pos];
      if (c !== '+' && c !== '-') return { type: 'sum', terms };
      this.pos++;
      terms.push({ sign: c === '+' ? 1 : -1, node: this.term() });
    }
  }

  private term(): Ref | Num | Sum {
    this.ws();
    if (this.src[this.pos] === '(') {
      this.pos++;
      const inner = this.sum();
      this.ws();
      if (this.src[this.pos] !== ')') throw new ExpressionError(`expected ) at ${this.pos}`, this.src);
      this.pos++;
      return inner;
    }
    const start = this.pos;
    const id = this.match(ID);
    if (id === null) throw new ExpressionError(`expected an indicator id at ${this.pos}`, this.src);
    if (/^[\d.]+$/.test(id)) {
      this.pos = start;
      return { type: 'num', value: Number(this.match(NUMBER)) };
    }
    let offset = 0;
    QUALIFIER.lastIndex = this.pos;
    const q = QUALIFIER.exec(this.src);
    if (q) {
      this.pos = QUALIFIER.lastIndex;
      if (q[1]) offset = (q[1] === '-' ? -1 : 1) * Number(q[2]);
    }
    return { type: 'ref', id, offset, text: this.src.slice(start, this.pos) };
  }

  private match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return null;
    this.pos = re.lastIndex;
    return m[0];
  }

  private ws(): void {
    while (this.src[this.pos] === ' ') this.pos++;
  }
}

function parseGeneric(expression: string): Generic | null {
  const nonneg = /^x >= 0 for every indicator x(?: with kind in \(([^)]*)\))?(?: except (.+))?$/.exec(expression);
  if (nonneg) {
    return {
      type: 'generic',
      test: 'nonnegative',
      kinds: nonneg[1] ? nonneg[1].split(',').map((s) => s.trim()) : null,
      except: nonneg[2] ? nonneg[2].split(',').map((s) => s.trim()) : [],
      unitNot: null,
    };
  }
  const integer = /^x is integer for every indicator x(?: whose unit != (\S+))?$/.exec(expression);
  if (integer) return { type: 'generic', test: 'integer', kinds: null, except: [], unitNot: integer[1] ?? null };
  return null;
}

// Rules are parsed once (parseRule's cache), so their references, ids and globs are worked out once
// per process too; every report asks for them.
const refsCache = new WeakMap<RuleAst | Sum, Ref[]>();

/** Every reference in a comparison (or one side), left to right, once per (id, offset). */
export function refsOf(ast: RuleAst | Sum): Ref[] {
  let refs = refsCache.get(ast);
  if (!refs) {
    refs = collectRefs(ast);
    refsCache.set(ast, refs);
  }
  return refs.slice();
}

function collectRefs(ast: RuleAst | Sum): Ref[] {
  if (ast.type === 'generic') return [];
  const out = new Map<string, Ref>();
  const walk = (s: Sum) => {
    for (const { node } of s.terms) {
      if (node.type === 'ref') {
        const key = `${node.id}@${node.offset}`;
        if (!out.has(key)) out.set(key, node);
      } else if (node.type === 'sum') walk(node);
    }
  };
  if (ast.type === 'sum') walk(ast);
  else {
    walk(ast.left);
    walk(ast.right);
  }
  return [...out.values()];
}

/** The distinct indicator ids an expression mentions (ignoring year qualifiers). */
const idsCache = new Map<string, readonly string[]>();

export function idsOf(expression: string): readonly string[] {
  let ids = idsCache.get(expression);
  if (!ids) {
    ids = [...new Set(refsOf(parseRule(expression)).map((r) => r.id))];
    idsCache.set(expression, ids);
  }
  return ids;
}

/** Whether an id matches a glob such as `t2.*.delta` (`*` = one segment). */
const globCache = new Map<string, RegExp>();

export function globMatch(glob: string, id: string): boolean {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(`^${glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^.]+')}$`);
    globCache.set(glob, re);
  }
  return re.test(id);
}

export type Lookup = (ref: Ref) => number | null | undefined;

/** Value of a sum, or null when any operand is missing. */
export function evalSum(s: Sum, lookup: Lookup): number | null {
  let total = 0;
  for (const { sign, node } of s.terms) {
    const v = node.type === 'num' ? node.value : node.type === 'ref' ? lookup(node) : evalSum(node, lookup);
    if (v === null || v === undefined) return null;
    total += sign * v;
  }
  return total;
}

/** Relative tolerance so that 万元 sums of decimals compare equal; counts are integers anyway. */
export function tolerance(a: number, b: number): number {
  return Math.max(1e-9, 1e-6 * Math.max(Math.abs(a), Math.abs(b)));
}

export function compare(op: CompareOp, lhs: number, rhs: number): boolean {
  const tol = tolerance(lhs, rhs);
  if (op === '=') return Math.abs(lhs - rhs) <= tol;
  if (op === '<=') return lhs <= rhs + tol;
  return lhs >= rhs - tol;
}

export interface Evaluation {
  lhs: number | null;
  rhs: number | null;
  /** null when an operand is missing. */
  holds: boolean | null;
  /** Value used per reference (keyed by its text, e.g. `t3.total.total` or `t3.carried_forward.total@Y-1`). */
  values: Record<string, number | null>;
}

export function evaluate(ast: Comparison, lookup: Lookup): Evaluation {
  const values: Record<string, number | null> = {};
  const recording: Lookup = (ref) => {
    const v = lookup(ref) ?? null;
    values[ref.text] = v;
    return v;
  };
  for (const ref of refsOf(ast)) recording(ref);
  const lhs = evalSum(ast.left, recording);
  const rhs = evalSum(ast.right, recording);
  return { lhs, rhs, holds: lhs === null || rhs === null ? null : compare(ast.op, lhs, rhs), values };
}
