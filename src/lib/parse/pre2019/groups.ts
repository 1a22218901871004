// The printed structure of the local forms: a row, then its 其中 rows ("其中：1.网站公开", "2.政府公报公开").
// The 其中 rows of a parent row are the ones its cells must dominate (and usually sum to).

/** Whether a row label starts a new group (a parent row) rather than continuing the 其中 list. */
export function streamStartsGroup(label: string): boolean {
  const s = label.replace(/\s+/g, '');
  if (/^其中/.test(s)) return false;
  if (/^(\d+|[(（]\d+[)）])[.、．]?(?=[^\d])/.test(s)) return false;
  return true;
}
