import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '/work/wt-pipeline/src/lib/parse/index.ts';
const dir = process.argv[2];
const n = Number(process.argv[3] ?? 300);
const files = readdirSync(dir).filter((f) => /\.(txt|html?|js|md)$/.test(f)).sort().slice(0, n);
const bufs = files.map((f) => [f, readFileSync(join(dir, f))] as const);
// warm-up
for (const [f, b] of bufs.slice(0, 5)) parseBytes(b, f);
const bytes = bufs.reduce((s, [, b]) => s + b.length, 0);
const c0 = process.cpuUsage(); const t0 = performance.now();
let out = 0;
for (const [f, b] of bufs) { const r = parseBytes(b, f); out += Object.keys(r.values).length; }
const c = process.cpuUsage(c0); const wall = performance.now() - t0;
const cpu = (c.user + c.system) / 1000;
console.log(JSON.stringify({ files: bufs.length, MB: +(bytes / 1e6).toFixed(2), cpuMs: Math.round(cpu), msPerFile: +(cpu / bufs.length).toFixed(2), MBps: +(bytes / 1e6 / (cpu / 1000)).toFixed(2), wallMs: Math.round(wall), values: out }));
