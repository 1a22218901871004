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

/**
 * Which report each file belongs to. A file is a variant of the file its `variant_of` names when
 * that file is readable; chains follow to the first readable file that is no one's variant. A
 * variant of an unreadable or missing file stands as its own report, and in a cycle (a ↔ b) the
 * first file by name is the report and the others its variants — so no readable file is left
 * without a page.
 */
export function variantPrimaries(files: readonly string[], variantOf: (file: string) => string | undefined, readable: ReadonlySet<string>): Map<string, { primary: string | null; note?: string }> {
  const out = new Map<string, { primary: string | null; note?: string }>();
  for (const file of files) {
    if (!readable.has(file)) continue;
    const chain = [file];
    let cur = file;
    let note: string | undefined;
    for (;;) {
      const of = variantOf(cur);
      if (!of || of === cur) break;
      if (!readable.has(of)) {
        if (cur === file) note = `variant_of ${of} ${files.includes(of) ? '无法读取' : '不存在'}，作为独立报告`;
        break;
      }
      const loop = chain.indexOf(of);
      if (loop >= 0) {
        const cycle = chain.slice(loop);
        cur = [...cycle].sort()[0]!;
        note = `variant_of 成环（${cycle.join(' → ')} → ${of}），以 ${cur} 为主报告`;
        break;
      }
      chain.push(of);
      cur = of;
    }
    out.set(file, { primary: cur === file ? null : cur, ...(note ? { note } : {}) });
  }
  return out;
}
