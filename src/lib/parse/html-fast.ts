// A one-pass HTML reader for the well-formed pages most reports are, giving the same tree parse5
// gives (same elements, text, and of the attributes those the text reader uses), several times faster: parse5's
// tokenizer goes character by character through a state machine, this one jumps from '<' to '<'.
// It accepts only markup whose tree is the literal nesting of its tags: every end tag closes the
// current element (or an open <p>, closed the way parse5 closes it), no other implied closings, no foster
// parenting (text or stray tags inside <table>), no foreign content, no character references
// beyond a small set. Anything else returns null and the caller uses parse5 (html.ts), so the
// tree is parse5's by construction on what it accepts; a differential property test (fast-check
// markup and every HTML report) holds the two to the same text.
import type { DefaultTreeAdapterTypes as T } from 'parse5';

type Parent = T.Document | T.Element;

/** Attributes the text reader uses: only these are kept on the elements (others are never read). */
const READ_ATTRS = new Set(['name', 'content', 'colspan', 'rowspan']);
const VOID = new Set(['br', 'img', 'wbr', 'area', 'embed', 'input', 'param', 'source', 'track', 'hr', 'base', 'basefont', 'bgsound', 'link', 'meta']);
/** Tags with a tree-building rule this reader does not reproduce. */
const BAIL_START = new Set([
  'html', 'body', 'frameset', 'head', 'plaintext', 'xmp', 'textarea', 'select', 'option', 'optgroup', 'rb', 'rtc', 'rt', 'rp',
  'math', 'svg', 'image', 'template', 'nobr', 'applet', 'object', 'marquee', 'keygen', 'frame', 'col', 'caption', 'colgroup',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'listing', 'menuitem',
]);
/** Start tags that close an open <p> (in button scope): accepted only when none is open. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'form', 'hr',
]);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BUTTON_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button']);
// parse5's SPECIAL_ELEMENTS (HTML namespace)
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption',
  'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img',
  'input', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol',
  'p', 'param', 'plaintext', 'pre', 'script', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td',
  'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp', 'search',
]);
/** Elements whose content is raw text up to their end tag (title: with character references). */
const RAW = new Set(['script', 'style', 'noframes', 'noscript', 'noembed', 'iframe', 'title']);
const HEAD_VOID = new Set(['base', 'basefont', 'bgsound', 'link', 'meta']);
const HEAD_RAW = new Set(['title', 'noscript', 'noframes', 'style', 'script']);
const TABLE_CTX = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup']);

// Named references accepted (with their semicolon): those report pages use; any other bails.
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", copy: '\u00a9', reg: '\u00ae', middot: '\u00b7',
  mdash: '\u2014', ndash: '\u2013', ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', hellip: '\u2026',
  times: '\u00d7', divide: '\u00f7', yen: '\u00a5', deg: '\u00b0', plusmn: '\u00b1', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
};

const MAX_DEPTH = 256;

class Bail extends Error {}
const BAIL = new Bail();

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12;
}
function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function lower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

const REF = /&(?:([a-zA-Z][a-zA-Z0-9]*);|#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});)/y;

function okCodePoint(cp: number): boolean {
  if (cp === 9 || cp === 10 || cp === 12) return true;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return false;
  return cp <= 0x10ffff;
}

/** Text with character references resolved as parse5 does, for the forms accepted here. */
function decodeRefs(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    out += s.slice(from, amp);
    const next = s.charCodeAt(amp + 1);
    if (Number.isNaN(next) || isWs(next) || next === 60 || next === 38) {
      out += '&';
      from = amp + 1;
    } else {
      REF.lastIndex = amp;
      const m = REF.exec(s);
      if (!m) throw BAIL;
      if (m[1] !== undefined) {
        const ch = NAMED[m[1]];
        if (ch === undefined) throw BAIL;
        out += ch;
      } else {
        const cp = m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3]!, 16);
        if (!okCodePoint(cp)) throw BAIL;
        out += String.fromCodePoint(cp);
      }
      from = REF.lastIndex;
    }
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

interface Tag {
  name: string;
  attrs: T.Element['attrs'];
  selfClosing: boolean;
  /** Index just past the tag's '>'. */
  end: number;
}

/** The tag at s[lt] ('<' then a letter, or '</' then a letter). Bails at end of input inside it. */
function readTag(s: string, lt: number, isEnd: boolean): Tag {
  const len = s.length;
  let j = lt + (isEnd ? 2 : 1);
  const nameStart = j;
  while (j < len) {
    const c = s.charCodeAt(j);
    if (isWs(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = lower(s.slice(nameStart, j));
  const attrs: T.Element['attrs'] = [];
  let selfClosing = false;
  for (;;) {
    while (j < len && isWs(s.charCodeAt(j))) j++;
    if (j >= len) throw BAIL;
    const c = s.charCodeAt(j);
    if (c === 62) {
      j++;
      break;
    }
    if (c === 47) {
      if (s.charCodeAt(j + 1) === 62) {
        selfClosing = true;
        j += 2;
        break;
      }
      j++;
      continue;
    }
    const aStart = j++;
    while (j < len) {
      const d = s.charCodeAt(j);
      if (isWs(d) || d === 47 || d === 62 || d === 61) break;
      j++;
    }
    const aname = lower(s.slice(aStart, j));
    while (j < len && isWs(s.charCodeAt(j))) j++;
    let vStart = j;
    let vEnd = j;
    if (s.charCodeAt(j) === 61) {
      j++;
      while (j < len && isWs(s.charCodeAt(j))) j++;
      if (j >= len) throw BAIL;
      const q = s.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = s.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) throw BAIL;
        vStart = j + 1;
        vEnd = close;
        j = close + 1;
      } else if (q !== 62) {
        vStart = j;
        while (j < len) {
          const d = s.charCodeAt(j);
          if (isWs(d) || d === 62) break;
          j++;
        }
        vEnd = j;
      }
    }
    // only the attributes the text reader reads are kept (the first of a name, as parse5 keeps)
    if (!isEnd && READ_ATTRS.has(aname) && !attrs.some((a) => a.name === aname)) attrs.push({ name: aname, value: decodeRefs(s.slice(vStart, vEnd)) });
  }
  return { name, attrs, selfClosing, end: j };
}

const enum Mode {
  Initial,
  BeforeHtml,
  BeforeHead,
  InHead,
  AfterHead,
  Body,
}

const rawEnds = new Map<string, RegExp>();
function rawEnd(name: string): RegExp {
  let re = rawEnds.get(name);
  if (!re) rawEnds.set(name, (re = new RegExp(`</${name}[\\t\\n\\f />]`, 'ig')));
  return re;
}

class Builder {
  readonly doc: T.Document = { nodeName: '#document', mode: 'no-quirks', childNodes: [] } as unknown as T.Document;
  mode = Mode.Initial;
  quirks = true;
  stack: T.Element[] = [];
  /** Nearest table-part ancestor (or '' for body) after each stack entry. */
  ctx: string[] = [];
  html: T.Element | null = null;
  head: T.Element | null = null;
  formOpen = false;
  skipLf = false;

  current(): Parent {
    return this.stack.length ? this.stack[this.stack.length - 1]! : this.doc;
  }
  context(): string {
    return this.ctx.length ? this.ctx[this.ctx.length - 1]! : '';
  }
  element(name: string, attrs: T.Element['attrs']): T.Element {
    const parent = this.current();
    const el = { nodeName: name, tagName: name, attrs, namespaceURI: 'http://www.w3.org/1999/xhtml', childNodes: [], parentNode: parent } as unknown as T.Element;
    parent.childNodes.push(el);
    return el;
  }
  push(name: string, attrs: T.Element['attrs']): T.Element {
    // the scope walks below are linear in the depth: very deep markup goes to parse5
    if (this.stack.length >= MAX_DEPTH) throw BAIL;
    const el = this.element(name, attrs);
    this.stack.push(el);
    this.ctx.push(TABLE_CTX.has(name) ? name : this.context());
    return el;
  }
  pop(): void {
    this.stack.pop();
    this.ctx.pop();
  }
  insertText(s: string): void {
    if (!s) return;
    const parent = this.current();
    const last = parent.childNodes[parent.childNodes.length - 1];
    if (last && last.nodeName === '#text') (last as T.TextNode).value += s;
    else parent.childNodes.push({ nodeName: '#text', value: s, parentNode: parent } as unknown as T.TextNode);
  }
  onStack(name: string): boolean {
    for (const el of this.stack) if (el.tagName === name) return true;
    return false;
  }
  pInButtonScope(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const t = this.stack[i]!.tagName;
      if (t === 'p') return true;
      if (BUTTON_SCOPE.has(t)) return false;
    }
    return false;
  }
  /**
   * parse5's "close a p element": pop up to and including the open <p>. Only when nothing popped
   * on the way is a formatting element (which parse5 would reopen later) or a form (whose pointer
   * would stay set).
   */
  closeP(): void {
    for (;;) {
      const t = (this.current() as T.Element).tagName;
      if (t !== 'p' && (FORMATTING.has(t) || t === 'form')) throw BAIL;
      this.pop();
      if (t === 'p') return;
    }
  }
  ensureHtml(): void {
    if (this.mode === Mode.Initial) this.mode = Mode.BeforeHtml;
    if (this.mode === Mode.BeforeHtml) {
      this.html = this.push('html', []);
      this.mode = Mode.BeforeHead;
    }
  }
  ensureHead(): void {
    this.ensureHtml();
    if (this.mode === Mode.BeforeHead) {
      this.head = this.push('head', []);
      this.mode = Mode.InHead;
    }
  }
  ensureBody(): void {
    this.ensureHead();
    if (this.mode === Mode.InHead) {
      this.pop();
      this.mode = Mode.AfterHead;
    }
    if (this.mode === Mode.AfterHead) {
      this.push('body', []);
      this.mode = Mode.Body;
    }
  }

  text(s: string): void {
    if (this.skipLf) {
      this.skipLf = false;
      if (s.charCodeAt(0) === 10) s = s.slice(1);
    }
    if (!s) return;
    if (this.mode !== Mode.Body) {
      let k = 0;
      while (k < s.length && isWs(s.charCodeAt(k))) k++;
      if (this.mode === Mode.InHead || this.mode === Mode.AfterHead) this.insertText(s.slice(0, k));
      if (k === s.length) return;
      s = s.slice(k);
      this.ensureBody();
    }
    const ctx = this.context();
    if (ctx && ctx !== 'td' && ctx !== 'th' && ctx !== 'caption') {
      for (let k = 0; k < s.length; k++) if (!isWs(s.charCodeAt(k))) throw BAIL;
    }
    this.insertText(s);
  }

  /** A start tag; returns the element whose raw content follows, if any. */
  start(tag: Tag): string | null {
    const { name, attrs } = tag;
    this.skipLf = false;
    if (this.mode === Mode.Initial) this.mode = Mode.BeforeHtml;
    if (this.mode === Mode.BeforeHtml) {
      if (name === 'html') {
        this.html = this.push('html', attrs);
        this.mode = Mode.BeforeHead;
        return null;
      }
      this.ensureHtml();
    }
    if (this.mode === Mode.BeforeHead) {
      if (name === 'html') throw BAIL;
      if (name === 'head') {
        this.head = this.push('head', attrs);
        this.mode = Mode.InHead;
        return null;
      }
      this.ensureHead();
    }
    if (this.mode === Mode.InHead) {
      if (HEAD_VOID.has(name)) {
        this.element(name, attrs);
        return null;
      }
      if (HEAD_RAW.has(name)) {
        this.push(name, attrs);
        return name;
      }
      if (name === 'html' || name === 'head' || name === 'template') throw BAIL;
      this.pop();
      this.mode = Mode.AfterHead;
    }
    if (this.mode === Mode.AfterHead) {
      if (name === 'body') {
        this.push('body', attrs);
        this.mode = Mode.Body;
        return null;
      }
      if (name === 'html' || name === 'frameset' || name === 'head' || HEAD_VOID.has(name) || HEAD_RAW.has(name) || name === 'template') throw BAIL;
      this.ensureBody();
    }
    const ctx = this.context();
    if (ctx === 'table') {
      if (name === 'caption' || name === 'colgroup' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
        this.push(name, attrs);
        return null;
      }
      if (name === 'tr') {
        this.push('tbody', []);
        this.push('tr', attrs);
        return null;
      }
      return this.tableRaw(name, attrs);
    }
    if (ctx === 'tbody' || ctx === 'thead' || ctx === 'tfoot') {
      if (name === 'tr') {
        this.push('tr', attrs);
        return null;
      }
      return this.tableRaw(name, attrs);
    }
    if (ctx === 'tr') {
      if (name === 'td' || name === 'th') {
        this.push(name, attrs);
        return null;
      }
      return this.tableRaw(name, attrs);
    }
    if (ctx === 'colgroup') {
      if (name !== 'col') throw BAIL;
      this.element('col', attrs);
      return null;
    }
    return this.inBody(tag);
  }

  tableRaw(name: string, attrs: T.Element['attrs']): string {
    if (name !== 'style' && name !== 'script') throw BAIL;
    this.push(name, attrs);
    return name;
  }

  inBody(tag: Tag): string | null {
    const { name, attrs } = tag;
    if (BAIL_START.has(name)) throw BAIL;
    if (VOID.has(name)) {
      if (name === 'hr' && this.pInButtonScope()) this.closeP();
      this.element(name, attrs);
      return null;
    }
    if (RAW.has(name)) {
      this.push(name, attrs);
      return name;
    }
    if (CLOSES_P.has(name) || (name === 'table' && !this.quirks)) {
      if (this.pInButtonScope()) this.closeP();
      if (HEADINGS.has(name) && HEADINGS.has((this.current() as T.Element).tagName)) throw BAIL;
      if (name === 'form') {
        if (this.formOpen) throw BAIL;
        this.formOpen = true;
      }
      this.push(name, attrs);
      if (name === 'pre') this.skipLf = true;
      return null;
    }
    if (name === 'li' || name === 'dd' || name === 'dt') {
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const t = this.stack[i]!.tagName;
        if (t === 'li' ? name === 'li' : (t === 'dd' || t === 'dt') && name !== 'li') throw BAIL;
        if (SPECIAL.has(t) && t !== 'address' && t !== 'div' && t !== 'p') break;
      }
      if (this.pInButtonScope()) this.closeP();
    } else if ((name === 'a' || name === 'button') && this.onStack(name)) throw BAIL;
    this.push(name, attrs);
    return null;
  }

  end(name: string): void {
    this.skipLf = false;
    if (this.mode !== Mode.Body) {
      if (this.mode === Mode.InHead && name === 'head') {
        this.pop();
        this.mode = Mode.AfterHead;
        return;
      }
      if (name !== 'body' && name !== 'html') throw BAIL;
      this.ensureBody();
    }
    if (name === 'body' || name === 'html') return;
    if (name === 'p') {
      const ctx = this.context();
      if (ctx && ctx !== 'td' && ctx !== 'th' && ctx !== 'caption') throw BAIL;
      if ((this.current() as T.Element).tagName === 'p') this.pop();
      else if (this.pInButtonScope()) this.closeP();
      // </p> with no <p> open: an empty p element where it stands
      else this.element('p', []);
      return;
    }
    const cur = this.current() as T.Element;
    if (cur.tagName !== name || name === 'body' || name === 'html' || name === 'head') throw BAIL;
    if (name === 'form') this.formOpen = false;
    this.pop();
  }
}

const DOCTYPE = /<!doctype[\t\n\f ]+html[\t\n\f ]*>/iy;

/** parse5's document for `html`, or null when the markup is outside what this reader reproduces. */
export function fastHtmlTree(input: string): T.Document | null {
  if (input.includes('\0') || input.charCodeAt(0) === 0xfeff) return null;
  const s = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const b = new Builder();
  const len = s.length;
  try {
    let i = 0;
    while (i < len) {
      let lt = s.indexOf('<', i);
      if (lt < 0) lt = len;
      if (lt > i) b.text(decodeRefs(s.slice(i, lt)));
      if (lt >= len) break;
      const c = s.charCodeAt(lt + 1);
      if (isAlpha(c)) {
        const tag = readTag(s, lt, false);
        i = tag.end;
        const raw = b.start(tag);
        if (raw) {
          const re = rawEnd(raw);
          re.lastIndex = i;
          const m = re.exec(s);
          if (!m) throw BAIL;
          const content = s.slice(i, m.index);
          if (raw === 'script' && content.includes('<!--')) throw BAIL;
          if (content) b.insertText(raw === 'title' ? decodeRefs(content) : content);
          const endTag = readTag(s, m.index, true);
          b.pop();
          i = endTag.end;
        }
      } else if (c === 47) {
        if (!isAlpha(s.charCodeAt(lt + 2))) throw BAIL;
        const tag = readTag(s, lt, true);
        b.end(tag.name);
        i = tag.end;
      } else if (c === 33) {
        if (s.startsWith('<!--', lt)) {
          const p = lt + 4;
          let end: number;
          if (s.charCodeAt(p) === 62) end = p + 1;
          else if (s.startsWith('->', p)) end = p + 2;
          else {
            const a = s.indexOf('-->', p);
            const bang = s.indexOf('--!>', p);
            if (a < 0 && bang < 0) throw BAIL;
            end = a < 0 ? bang + 4 : bang < 0 || a < bang ? a + 3 : bang + 4;
          }
          b.skipLf = false;
          i = end;
        } else {
          DOCTYPE.lastIndex = lt;
          if (b.mode !== Mode.Initial || !DOCTYPE.test(s)) throw BAIL;
          b.quirks = false;
          b.mode = Mode.BeforeHtml;
          i = DOCTYPE.lastIndex;
        }
      } else if (c === 63) {
        throw BAIL;
      } else {
        b.text('<');
        i = lt + 1;
      }
    }
    b.ensureBody();
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
  (b.doc as unknown as { mode: string }).mode = b.quirks ? 'quirks' : 'no-quirks';
  return b.doc;
}
