// The median of the bench's repeated runs (`npm run bench -- --runs K`): the middle value, or the
// mean of the two middle values of an even count.
export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
