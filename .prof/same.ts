// hash of every parse output, to compare two versions of the parser
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseBytes } from '../src/lib/parse/index.ts';
const out: string[] = [];
for (const dir of process.argv.slice(3)) {
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(txt|html?|js|md)$/.test(f)) continue;
    const r = parseBytes(readFileSync(join(dir, f)), f);
    out.push(`${dir}/${f} ${createHash('sha1').update(JSON.stringify(r)).digest('hex')}`);
  }
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
console.log(out.length);
