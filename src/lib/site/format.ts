// Number and size formatting for pages and downloads (zh-CN conventions, tabular figures in CSS).

const INT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const DEC1 = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const DEC2 = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const EXACT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 10 });

export interface Formatted {
  /** What the cell shows: thousands separators; 万元 and other decimals up to 2 decimals, % always
   * one; 约 before an approximate value. */
  text: string;
  /** The exact printed value (for title/hover), or null when `text` is already exact. */
  exact: string | null;
}

/** The one number format of pages, islands and chart labels (downloads keep raw numbers). */
export function formatValue(value: number, unit?: string | null, flags: readonly string[] = []): Formatted {
  if (!Number.isFinite(value)) return { text: String(value), exact: null };
  const exact = EXACT.format(value);
  // Rates (%) are rounded to 0.1 when computed and always show that one decimal.
  const shown = unit === '%' ? DEC1.format(value) : Number.isInteger(value) && unit !== '万元' ? INT.format(value) : DEC2.format(value);
  const text = flags.includes('approximate') ? `约 ${shown}` : shown;
  const same = exact === shown || (unit === '%' && Number(value.toFixed(1)) === value);
  return { text, exact: same ? null : exact };
}

/** formatValue's text, '—' for no value (islands and chart labels). */
export function valueText(value: number | null, unit?: string | null, flags: readonly string[] = []): string {
  return value === null ? '—' : formatValue(value, unit, flags).text;
}

/** "12 件", or the text alone when there is no unit. */
export function withUnit(s: string, unit: string | null): string {
  return unit ? `${s} ${unit}` : s;
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
