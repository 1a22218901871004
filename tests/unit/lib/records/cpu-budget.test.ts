import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WALL_FACTOR, watchCpuBudget, type CpuClock } from '../../../../src/lib/records/cpu-budget.ts';

/** A thread clock the test moves by hand (CPU milliseconds). */
function fakeThread() {
  let cpuMs = 1000;
  let gone = false;
  const clock: CpuClock = {
    cpuUsage: () => (gone ? Promise.reject(new Error('ERR_WORKER_NOT_RUNNING')) : Promise.resolve({ user: cpuMs * 1000, system: 0 })),
  };
  return { clock, spend: (ms: number) => (cpuMs += ms), exit: () => (gone = true) };
}

describe('watchCpuBudget', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('lets a parse run past its budget in wall time while its thread has not used the budget in CPU (a busy machine)', async () => {
    const t = fakeThread();
    const expired = vi.fn();
    const cancel = watchCpuBudget(t.clock, 1000, expired);
    await vi.advanceTimersByTimeAsync(0);
    for (let s = 0; s < 10; s++) {
      t.spend(90); // 90 ms of CPU per wall second: the thread gets a tenth of a core
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(expired).not.toHaveBeenCalled();
    cancel();
    await vi.advanceTimersByTimeAsync(WALL_FACTOR * 1000);
    expect(expired).not.toHaveBeenCalled();
  });

  it('ends the parse once its thread has used the budget in CPU time, once', async () => {
    const t = fakeThread();
    const expired = vi.fn();
    watchCpuBudget(t.clock, 1000, expired);
    await vi.advanceTimersByTimeAsync(0);
    t.spend(600);
    await vi.advanceTimersByTimeAsync(1000);
    expect(expired).not.toHaveBeenCalled();
    t.spend(500);
    await vi.advanceTimersByTimeAsync(1000);
    expect(expired).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(WALL_FACTOR * 1000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('ends a parse that hangs without using the CPU after the wall-clock ceiling', async () => {
    const t = fakeThread();
    const expired = vi.fn();
    watchCpuBudget(t.clock, 1000, expired);
    await vi.advanceTimersByTimeAsync(WALL_FACTOR * 1000 - 100);
    expect(expired).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('ends the parse when its thread is gone', async () => {
    const t = fakeThread();
    const expired = vi.fn();
    watchCpuBudget(t.clock, 1000, expired);
    await vi.advanceTimersByTimeAsync(0);
    t.exit();
    await vi.advanceTimersByTimeAsync(1000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('counts the budget from a start CPU time the caller knows, reading the clock only once the budget’s time has passed', async () => {
    const t = fakeThread();
    const reads = vi.spyOn(t.clock, 'cpuUsage');
    const expired = vi.fn();
    // the thread used 700 ms of its budget before the watch began (cpu 1000 at the start, now 1700)
    t.spend(700);
    watchCpuBudget(t.clock, 1000, expired, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(reads).not.toHaveBeenCalled();
    t.spend(300);
    await vi.advanceTimersByTimeAsync(1);
    expect(expired).toHaveBeenCalledTimes(1);
  });
});
