// Human arithmetic for CheckResult.detail: "11 ≠ 2 + 22", "210 = 168 + 2 + 24 + 16", "5180 > 449".
import type { CompareOp, Comparison, Lookup, Sum } from './expression.ts';
import { indicator } from '../catalog/index.ts';

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(6)));
}

function formatSum(s: Sum, lookup: Lookup, nested = false): string {
  const parts = s.terms.map(({ sign, node }, i) => {
    const v =
      node.type === 'num'
        ? formatNumber(node.value)
        : node.type === 'sum'
          ? formatSum(node, lookup, true)
          : (() => {
              const x = lookup(node);
              return x === null || x === undefined ? '?' : formatNumber(x);
            })();
    if (i === 0) return sign < 0 ? `-${v}` : v;
    return `${sign < 0 ? '-' : '+'} ${v.startsWith('-') ? `(${v})` : v}`;
  });
  const text = parts.join(' ');
  return nested && s.terms.length > 1 ? `(${text})` : text;
}

const HOLDS: Record<CompareOp, string> = { '=': '=', '<=': '≤', '>=': '≥' };
const BREAKS: Record<CompareOp, string> = { '=': '≠', '<=': '>', '>=': '<' };

/** holds = null (not assessable) prints the rule's own operator, with '?' for the missing operands. */
export function formatComparison(ast: Comparison, lookup: Lookup, holds: boolean | null, missing: string[] = []): string {
  const op = holds === false ? BREAKS[ast.op] : HOLDS[ast.op];
  const text = `${formatSum(ast.left, lookup)} ${op} ${formatSum(ast.right, lookup)}`;
  // Missing operands by their Chinese names: the detail is read by people (the ids are in `values`).
  return missing.length ? `${text}（缺少：${missing.map((id) => indicator(id)?.zh ?? id).join('、')}）` : text;
}
