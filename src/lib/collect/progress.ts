// The running tally (one line, rewritten in place on a terminal) and the summary with every failure named.
export interface Failure {
  url: string;
  reason: string;
}

export interface Tally {
  pages: number;
  files: number;
  bytes: number;
  errors: number;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function progressLine(t: Tally, current: string): string {
  return `pages ${t.pages} · files ${t.files} · ${formatBytes(t.bytes)} · errors ${t.errors}  ${current}`;
}

export interface Summary {
  stored: Array<{ file: string; url: string }>;
  alreadyCollected: string[];
  duplicates: Array<{ url: string; sameAs: string }>;
  failures: Failure[];
  tally: Tally;
  requests: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(s: Summary): string {
  const lines = [
    `collected ${plural(s.stored.length, 'new file')} (${formatBytes(s.tally.bytes)} downloaded in ${plural(s.requests, 'request')}, ${plural(s.tally.pages, 'page')} read)`,
  ];
  for (const f of s.stored) lines.push(`  + ${f.file}  ← ${f.url}`);
  if (s.alreadyCollected.length) lines.push(`already collected, not fetched again: ${s.alreadyCollected.length}`);
  if (s.duplicates.length) {
    lines.push(`same content as a file already there, not stored: ${s.duplicates.length}`);
    for (const d of s.duplicates) lines.push(`  = ${d.url}  (same as ${d.sameAs})`);
  }
  lines.push(s.failures.length ? `failures: ${s.failures.length}` : 'failures: none');
  for (const f of s.failures) lines.push(`  ✗ ${f.url}  ${f.reason}`);
  return lines.join('\n');
}
