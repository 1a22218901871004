// A fixed single-thread workload that does not depend on this project's code, timed in thread CPU:
// `npm run bench` runs it before and after its steps, so build times from different machines, or from
// one machine whose speed drifts (a VM's host shares its caches and memory bandwidth), can be told
// apart from changes in the code. It exercises what the build spends its CPU on: JSON, strings with
// Chinese text, regular expressions, hashing and short-lived garbage.
import { createHash } from 'node:crypto';
import { rng } from '../rng.ts';
import { threadCpuMs } from '../thread-cpu.ts';

const HAN = '政府信息公开工作年度报告主动公开申请办理行政复议诉讼收费人员';

/** The workload's text: `n` lines of Chinese words and figures, the same for every run. */
export function workloadText(n: number): string {
  const r = rng(20261203);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let w = 0; w < 12; w++) s += HAN[Math.floor(r() * HAN.length)]! + HAN[Math.floor(r() * HAN.length)]! + (r() < 0.3 ? String(Math.floor(r() * 10000)) : '');
    lines.push(s);
  }
  return lines.join('\n');
}

/** One pass of the workload; the checksum makes the work observable (and fixed: a test holds it). */
export function workload(text: string): string {
  const h = createHash('sha256');
  const rows = text.split('\n').map((line, i) => ({ i, line, figures: [...line.matchAll(/\d+/g)].map((m) => Number(m[0])) }));
  const json = JSON.stringify(rows);
  const back = JSON.parse(json) as typeof rows;
  let sum = 0;
  for (const row of back) for (const f of row.figures) sum += f;
  h.update(json);
  h.update(String(sum));
  h.update(text.replace(/年度|报告/g, '#'));
  return h.digest('hex');
}

export interface MachineSpeed {
  /** thread CPU of the timed passes, in ms: lower is a faster machine */
  cpuMs: number;
  checksum: string;
}

/** The workload's CPU time: `passes` passes over 20,000 lines (~1 s on the machine of README, National scale, session 10) after one warm-up pass. */
export function machineSpeed(passes = 24): MachineSpeed {
  const text = workloadText(20000);
  let checksum = workload(text);
  const t0 = threadCpuMs();
  for (let p = 0; p < passes; p++) checksum = workload(text);
  return { cpuMs: Math.round(threadCpuMs() - t0), checksum };
}
