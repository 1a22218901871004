// One-off import: a JS data file that carries a report as one HTML string → content/reports/<id>.html.
// Usage: npx tsx scripts/import-js-html.ts [content/sources/sh-szfbgt-2019.js] [content/reports/sh-szfbgt-2019.html]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractHtmlFromJs } from '../src/lib/parse/jsdata.ts';

const root = join(import.meta.dirname, '..');
const src = process.argv[2] ?? join(root, 'content', 'sources', 'sh-szfbgt-2019.js');
const dest = process.argv[3] ?? join(root, 'content', 'reports', basename(src).replace(/\.js$/, '.html'));

const js = readFileSync(src, 'utf8');
const found = extractHtmlFromJs(js);
if (!found) {
  console.error(`${src}: no string literal with HTML found`);
  process.exit(1);
}
const html =
  '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"></head>\n<body>\n' +
  `<!-- imported from ${basename(src)} (${found.name ?? 'string literal'} at ${found.start}-${found.end}) by scripts/import-js-html.ts -->\n` +
  found.html +
  '\n</body>\n</html>\n';
writeFileSync(dest, html);
console.log(`${src} → ${dest}: ${found.html.length} chars of HTML from \`${found.name ?? '?'}\``);
