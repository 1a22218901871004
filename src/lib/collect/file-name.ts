// A safe, readable, stable file name for a collected URL: <host>_<path>[_<query>].<ext>, ASCII only (Chinese as pinyin).
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const MAX_STEM = 100;
/** Names ingest does not read as reports. */
const RESERVED = /^(sources\.csv|readme(\.md)?|\..*)$/i;

function slug(s: string): string {
  const latin = /[^\x00-\x7f]/.test(s) ? pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-') : s;
  return latin
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-*\.-*/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `taken` says whether a name is already used (in the folder or earlier in this run); collisions get -2, -3, … */
export function safeFileName(url: string, ext: string, taken: (name: string) => boolean): string {
  const u = new URL(url);
  const host = slug(u.hostname.replace(/^www\./, ''));
  const segments = u.pathname.split('/').filter(Boolean).map(decoded);
  const last = segments.pop() ?? 'index';
  segments.push(last.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'index');
  const path = segments.map(slug).filter(Boolean).join('_');
  const query = slug(decoded(u.search.replace(/^\?/, '')).replace(/[=&]/g, '-'));
  let stem = [host, path || 'index', query].filter(Boolean).join('_');
  if (stem.length > MAX_STEM) {
    const hash = createHash('sha1').update(url).digest('hex').slice(0, 8);
    stem = `${host.slice(0, 40)}_${stem.slice(-(MAX_STEM - Math.min(host.length, 40) - 10)).replace(/^[-_.]+/, '')}_${hash}`;
  }
  const e = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  for (let n = 1; ; n++) {
    const name = `${stem}${n > 1 ? `-${n}` : ''}.${e}`;
    if (!RESERVED.test(name) && !taken(name)) return name;
  }
}
