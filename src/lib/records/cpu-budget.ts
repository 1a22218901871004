// The per-file time budget of a parse, counted in the parsing thread's CPU time, so that a busy machine
// (other processes taking the cores) does not turn an ordinary file into a 超时 error. A wall-clock
// ceiling of WALL_FACTOR budgets still ends a parse that hangs without using the CPU.

/** What the budget needs of a worker thread (node:worker_threads Worker has it). */
export interface CpuClock {
  cpuUsage(): Promise<{ user: number; system: number }>;
}

export const WALL_FACTOR = 20;
/** Shortest re-check interval, so a nearly spent budget is not polled in a tight loop. */
const MIN_RECHECK_MS = 50;

const ms = (u: { user: number; system: number }) => (u.user + u.system) / 1000;

/**
 * Calls `onExpire` once the thread has spent `budgetMs` of CPU since the call (or after WALL_FACTOR ×
 * budgetMs of wall time). Returns a cancel function, to call when the parse ends. `startCpuMs`: the
 * thread's CPU time (ms, as the clock counts it) the budget is counted from, when the caller knows
 * it (ingest: the worker says it in each answer); then the clock is read only once the budget's
 * time has passed, not at the start of every parse.
 */
export function watchCpuBudget(clock: CpuClock, budgetMs: number, onExpire: () => void, startCpuMs?: number): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startCpu: number | null = startCpuMs ?? null;
  const startWall = performance.now();
  const expire = () => {
    if (cancelled) return;
    cancelled = true;
    onExpire();
  };
  const check = () => {
    if (cancelled) return;
    if (performance.now() - startWall >= budgetMs * WALL_FACTOR) return expire();
    clock.cpuUsage().then(
      (u) => {
        if (cancelled) return;
        const used = startCpu === null ? 0 : ms(u) - startCpu;
        if (used >= budgetMs) return expire();
        timer = setTimeout(check, Math.max(MIN_RECHECK_MS, budgetMs - used));
      },
      expire, // the thread is gone: nothing more will come from this parse
    );
  };
  if (startCpuMs === undefined)
    clock.cpuUsage().then(
      (u) => {
        startCpu = ms(u);
      },
      () => {},
    );
  timer = setTimeout(check, budgetMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
