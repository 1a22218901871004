// The machine-speed workload is fixed: the same work (and checksum) on every machine and run, so its
// time compares machines and not versions of the workload.
import { describe, expect, it } from 'vitest';
import { machineSpeed, workload, workloadText } from '../../../../src/lib/bench/machine-speed.ts';

describe('machineSpeed', () => {
  it('does the same work on every run: a change to it changes this checksum (and breaks comparisons with earlier figures)', () => {
    expect(workload(workloadText(200))).toBe('d4607f90893e21a55961c49a00ac7f1140c2f2092ea0153a140835bf03283dec');
  });

  it('times the passes in thread CPU and reports the fixed checksum of the full workload', () => {
    const { cpuMs, checksum } = machineSpeed(1);
    expect(cpuMs).toBeGreaterThan(0);
    expect(checksum).toBe(workload(workloadText(20000)));
  });
});
