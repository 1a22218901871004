// Number and size formatting for pages and downloads (zh-CN conventions, tabular figures in CSS).

const INT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const DEC2 = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const EXACT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 10 });

export interface Formatted {
  /** What the cell shows: thousands separators; 万元 with up to 2 decimals. */
  text: string;
  /** The exact printed value (for title/hover), or null when `text` is already exact. */
  exact: string | null;
}

/** Format a value in its unit. Non-integers keep up to 2 decimals; the exact value goes to `exact`. */
export function formatValue(value: number, unit?: string | null): Formatted {
  if (!Number.isFinite(value)) return { text: String(value), exact: null };
  const exact = EXACT.format(value);
  const text = Number.isInteger(value) && unit !== '万元' ? INT.format(value) : DEC2.format(value);
  return { text, exact: exact === text ? null : exact };
}

export function formatInt(n: number): string {
  return INT.format(n);
}

/** "12.3 KB" style (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "2018-03-19" → "2018年3月19日"; other strings unchanged; null → null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Signed change with sign, e.g. "+12" / "−3" / "±0". */
export function formatDelta(now: number, before: number, unit?: string | null): string {
  const d = now - before;
  if (d === 0) return '±0';
  const f = formatValue(Math.abs(d), unit).text;
  return d > 0 ? `+${f}` : `−${f}`;
}

/** "2017 年" or "年份不明". */
export function yearZh(year: number | null | undefined): string {
  return year == null ? '年份不明' : `${year} 年`;
}
