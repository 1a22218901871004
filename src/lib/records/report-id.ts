// Report ids: `<placeKey>-<year>`; a second report of the same place and year gets the file stem.
export function reportIds(items: Array<{ file: string; placeKey: string; year: number | null }>): string[] {
  const base = items.map((r) => `${r.placeKey}-${r.year ?? 'undated'}`);
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  return items.map((r, i) => (count.get(base[i]!)! > 1 ? `${base[i]}-${fileSlug(r.file)}` : base[i]!));
}

export function fileSlug(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '');
  const ascii = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ascii || 'f' + hash(stem);
}

export function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36).slice(0, 6);
}
