import { readSummaries } from '../src/lib/records/summary.ts';
import { exportWideXlsx } from '../src/lib/records/export.ts';
const s = [...readSummaries(process.argv[2]!)];
const c0 = process.cpuUsage(); const t0 = performance.now();
const size = await exportWideXlsx(s, process.argv[3]!);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ reports: s.length, size, cpuMs: Math.round((c.user + c.system) / 1000), wallMs: Math.round(performance.now() - t0) }));
