// What Pagefind indexes of a built page: the element marked data-pagefind-body (report, place and
// indicator headers), cut out of the page's HTML with the page's <html> tag, so the search index is
// built from a few hundred bytes a page instead of Pagefind parsing every whole page of the site.
// Pagefind indexes only the data-pagefind-body elements (and reads title meta inside them) once any
// page has one, so the cut page gives the same record as the whole one.

/** A start tag carrying the attribute (text mentioning the words is no tag: its < and > are escaped). */
const BODY_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?\sdata-pagefind-body(?=[\s=>/])[^<>]*>/g;

/** The <html …> start tag (its lang picks the index language) and every data-pagefind-body element, or null. */
export function pagefindBody(html: string): string | null {
  const parts: string[] = [];
  BODY_TAG.lastIndex = 0;
  for (let m = BODY_TAG.exec(html); m; m = BODY_TAG.exec(html)) {
    const end = closingEnd(html, m[1]!.toLowerCase(), m.index + m[0].length);
    if (end < 0) return null;
    parts.push(html.slice(m.index, end));
    BODY_TAG.lastIndex = end;
  }
  if (!parts.length) return null;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${htmlTag}<body>${parts.join('')}</body></html>`;
}

/** End offset of the element `tag` whose start tag ends at `from` (nested elements of the same name counted). */
function closingEnd(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
