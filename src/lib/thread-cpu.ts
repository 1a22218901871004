// CPU time of the calling thread, for per-thread figures (the fuzzer's parse times, ingest's and
// the render workers' CPU lines): what a thread cost, whatever else the machine runs.

/** CPU time (ms) used by this thread so far (user + system); wall time where the runtime lacks it. */
export function threadCpuMs(): number {
  const p = process as NodeJS.Process & { threadCpuUsage?: () => { user: number; system: number } };
  if (typeof p.threadCpuUsage !== 'function') return performance.now();
  const u = p.threadCpuUsage();
  return (u.user + u.system) / 1000;
}
