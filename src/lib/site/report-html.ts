// HTML strings for the two parts of a report page that have the most elements: the table cells
// (components/report/ValueCell.astro) and the marked report text (components/report/MarkedText.astro).
// Rendering them as Astro components cost an async component render per cell and per mark, most of
// a report page's build time; these functions write the same HTML, escaped the way Astro escapes
// text (& < > ' ") and expression attributes (& "), so the pages stay byte for byte the same.
import { chartHref, type CellView } from './report-view.ts';
import type { MarkNode } from './text-marks.ts';

const TEXT_ESCAPE = /[&<>'"]/g;
const TEXT_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro escapes `{expression}` text. */
export function escapeText(s: string): string {
  return /[&<>'"]/.test(s) ? s.replace(TEXT_ESCAPE, (c) => TEXT_ENTITY[c]!) : s;
}

/** ` key="value"` as Astro writes an expression attribute; nothing for null/undefined, ` key` for ''. */
export function attr(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  if (s === '') return ` ${key}`;
  return ` ${key}="${s.includes('&') || s.includes('"') ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s}"`;
}

/** Astro's class:list for a list of strings: truthy entries joined by spaces, omitted when empty. */
function classList(xs: ReadonlyArray<string | null | false | undefined>): string {
  return attr('class', xs.filter(Boolean).join(' ') || null);
}

/** One value cell of a report table (what ValueCell.astro rendered). */
export function cellHtml(c: CellView | null, placeKey: string, checkDetail: ReadonlyMap<number, string>): string {
  if (c === null) return '<td class="num na" title="本格式无此栏">·</td>';
  const title =
    [c.exact ? `精确值 ${c.exact}` : '', c.gap ? c.gap.long : '', c.state === 'missing' ? '报告未给出' : '', c.from.length ? `由 ${c.from.join(' + ')} 计算` : '']
      .filter(Boolean)
      .join('；') || undefined;
  let out = `<td${classList(['num', 'v', c.state, c.checkState])}${attr('title', title)}>`;
  if (c.value !== null) out += c.src ? `<a${attr('href', `#src-${c.src}`)}>${escapeText(c.text)}</a>` : `<span>${escapeText(c.text)}</span>`;
  else out += c.src ? `<a${attr('href', `#src-${c.src}`)}>—</a>` : '—';
  for (const f of c.flags) out += `<abbr${attr('class', `flag f-${f.key}`)}${attr('title', f.long)}>${escapeText(f.short)}</abbr>`;
  if (c.gap) out += `<small class="gapr">${escapeText(c.gap.short)}${c.gap.candidates.length > 0 ? escapeText(`：${c.gap.candidates.join('/')}`) : ''}</small>`;
  for (const i of c.checks) {
    out += `<a${classList(['chk', c.checkState])}${attr('href', `#chk-${i}`)}${attr('title', checkDetail.get(i))}>${c.checkState === 'fail' ? '✗未通过' : '!警告'}</a>`;
  }
  if (c.state !== 'missing' && c.state !== 'gap') out += `<a class="ch"${attr('href', chartHref(c.id, placeKey))}>图</a>`;
  return out + '</td>';
}

/** Marked report text (what MarkedText.astro rendered): text escaped, marks nested. */
export function marksHtml(nodes: readonly MarkNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += escapeText(n);
    else out += `<mark${attr('id', n.id ?? undefined)}${attr('class', n.cls || undefined)}>${marksHtml(n.children)}</mark>`;
  }
  return out;
}
