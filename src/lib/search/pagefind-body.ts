// What Pagefind indexes of a built page: the element marked data-pagefind-body (report, place and
// indicator headers), cut out of the page's HTML with the page's <html> tag, so the search index is
// built from a few hundred bytes a page instead of Pagefind parsing every whole page of the site.
// Pagefind indexes only the data-pagefind-body elements (and reads title meta inside them) once any
// page has one, so the cut page gives the same record as the whole one.
//
// The page is searched as bytes: tags, attribute names and the whitespace between them are ASCII,
// and no byte of a multi-byte UTF-8 character is ASCII, so the markup is found in a latin1 view of the
// bytes (one byte one character, no decoding) and only the parts cut out are decoded as UTF-8.
// Decoding a whole page of Chinese text cost four times the rest of the work.

const WS = '[ \\t\\n\\f\\r]';
/** A start tag carrying the attribute (text mentioning the words is no tag: its < and > are escaped). */
const BODY_TAG = new RegExp(`<([a-zA-Z][a-zA-Z0-9-]*)\\b[^<>]*?${WS}data-pagefind-body(?=[ \\t\\n\\f\\r=>/])[^<>]*>`, 'g');
const ATTRIBUTE = 'data-pagefind-body';

/** The <html …> start tag (its lang picks the index language) and every data-pagefind-body element, or null. */
export function pagefindBody(page: string | Uint8Array): string | null {
  const bytes = typeof page === 'string' ? Buffer.from(page, 'utf8') : Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const first = bytes.indexOf(ATTRIBUTE);
  if (first < 0) return null;
  const html = bytes.toString('latin1');
  const parts: string[] = [];
  // a start tag holding the attribute begins at the last '<' before it (a tag holds no '<')
  BODY_TAG.lastIndex = Math.max(0, html.lastIndexOf('<', first));
  for (let m = BODY_TAG.exec(html); m; m = BODY_TAG.exec(html)) {
    const end = closingEnd(html, m[1]!.toLowerCase(), m.index + m[0].length);
    if (end < 0) return null;
    parts.push(bytes.toString('utf8', m.index, end));
    const next = html.indexOf(ATTRIBUTE, end);
    if (next < 0) break;
    BODY_TAG.lastIndex = Math.max(end, html.lastIndexOf('<', next));
  }
  if (!parts.length) return null;
  const tag = /<html\b[^>]*>/i.exec(html);
  const htmlTag = tag ? bytes.toString('utf8', tag.index, tag.index + tag[0].length) : '<html>';
  return `<!DOCTYPE html>${htmlTag}<body>${parts.join('')}</body></html>`;
}

/** End offset of the element `tag` whose start tag ends at `from` (nested elements of the same name counted). */
function closingEnd(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}(?=[ \\t\\n\\f\\r>/])[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
