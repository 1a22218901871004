import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { htmlToText } from '/work/wt-pipeline/src/lib/parse/html.ts';
import { decode } from '/work/wt-pipeline/src/lib/parse/decode.ts';
for (const f of process.argv.slice(2)) {
  const b = readFileSync(f); const d = decode(b) as any; const s = d.text;
  for (let i=0;i<5;i++) parse(s);
  let c0 = process.cpuUsage(); for (let i=0;i<20;i++) parse(s); let c = process.cpuUsage(c0);
  const p5 = (c.user+c.system)/1000/20;
  c0 = process.cpuUsage(); for (let i=0;i<20;i++) htmlToText(s); c = process.cpuUsage(c0);
  const h = (c.user+c.system)/1000/20;
  c0 = process.cpuUsage(); for (let i=0;i<20;i++) decode(b); c = process.cpuUsage(c0);
  console.log(f.split('/').pop(), s.length, 'parse5', p5.toFixed(2), 'htmlToText', h.toFixed(2), 'decode', ((c.user+c.system)/1000/20).toFixed(2));
}
