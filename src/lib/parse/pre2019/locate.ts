// Where the statistics tables are in a report, how they are laid out, and how many value columns they have.

export type Layout =
  | 'pipe-lines' // one cell per line, cells separated by lines holding a single | (seed 000)
  | 'pipe-rows' // | a | b | c | one row per line (seed 001)
  | 'cell-pipe' // "cell |" one cell per line (seed 003)
  | 'stream'; // label unit value … in running text, space-separated or fused (Pingtan archive)

export interface TableRegion {
  /** Offset where the rows start (after the header). */
  start: number;
  end: number;
  /** Offset of the header (统计指标 / 指标名称). */
  headerStart: number;
  layout: Layout;
  /** Number of value columns after the unit column. */
  ncol: number;
  /** Whether a value column is cumulative (历年累计 / 本年累计); only the first column is annual. */
  cumulative: boolean;
}

const PIPE_HEADER = /统\s*计\s*指\s*标[\s|]*(?:单\s*位|计量\s*单位)[\s|]*(?:统\s*计\s*数|(\d{4})\s*年度?)[\s|]*(历年累计|本年累计|累\s*计)?[ \t]*\|?/g;
const STREAM_HEADER = /指标名称\s*(?:计量\s*)?单位\s*(?:(\d{4})\s*年\s*度?|本期实际|本年度?|统计数)\s*(历年累计|本年累计|累计)?/g;
const FOOTER = /单位负责人|填报人[:：]|审核人[:：]|填报日期/g;

export function locatePre2019Tables(text: string): TableRegion[] {
  const found: Array<Omit<TableRegion, 'end'> & { anchorEnd: number }> = [];
  for (const re of [PIPE_HEADER, STREAM_HEADER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const cumulative = Boolean(m[2]);
      found.push({ headerStart: m.index, start: m.index + m[0].length, anchorEnd: m.index + m[0].length, layout: 'stream', ncol: cumulative ? 2 : 1, cumulative });
    }
  }
  found.sort((a, b) => a.headerStart - b.headerStart);
  const regions: TableRegion[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (regions.length && f.headerStart < regions[regions.length - 1]!.end) continue;
    let end = i + 1 < found.length ? found[i + 1]!.headerStart : text.length;
    FOOTER.lastIndex = f.start;
    const foot = FOOTER.exec(text);
    if (foot && foot.index < end) end = foot.index;
    const layout = layoutOf(text.slice(f.start, end));
    if (layout === 'stream') end = streamEnd(text, f.start, end);
    regions.push({ headerStart: f.headerStart, start: f.start, end, layout, ncol: f.ncol, cumulative: f.cumulative });
  }
  return regions;
}

export function layoutOf(body: string): Layout {
  const lines = body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return 'stream';
  const bar = lines.filter((l) => l === '|').length;
  const lead = lines.filter((l) => l.startsWith('|') && l.length > 1).length;
  const trail = lines.filter((l) => l.endsWith('|') && l.length > 1).length;
  const n = lines.length;
  if (bar >= 4 && bar >= n * 0.3) return 'pipe-lines';
  if (lead >= 4 && lead >= n * 0.5) return 'pipe-rows';
  if (trail >= 4 && trail >= n * 0.5) return 'cell-pipe';
  return 'stream';
}

/**
 * Where a running-text table stops: at the first line that reads as a sentence (has 。) or after
 * two blank lines. A one-line archive body ends with its line.
 */
function streamEnd(text: string, start: number, limit: number): number {
  let pos = start;
  let blanks = 0;
  let first = true;
  while (pos < limit) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > limit ? limit : nl;
    const line = text.slice(pos, lineEnd).trim();
    if (line === '') {
      if (++blanks >= 2) return pos;
    } else {
      if (!first && /[。；]/.test(line)) return pos;
      blanks = 0;
      first = false;
    }
    pos = lineEnd + 1;
  }
  return limit;
}
