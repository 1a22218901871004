// Compare the values of two files that hold the same report.
export function valueDifferences(a: Record<string, number>, b: Record<string, number>): string[] {
  const out: string[] = [];
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[id];
    const y = b[id];
    if (x === undefined) out.push(`${id}: 仅另一版本有 ${y}`);
    else if (y === undefined) out.push(`${id}: 仅本版本有 ${x}`);
    else if (Math.abs(x - y) > 1e-9) out.push(`${id}: ${x} ≠ ${y}`);
  }
  return out.sort();
}
