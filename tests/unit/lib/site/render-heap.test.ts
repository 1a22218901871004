// The render processes' heap cap grows with the summaries they load.
import { describe, expect, it } from 'vitest';
import { renderHeapCapMB } from '../../../../src/lib/site/render-heap.ts';

describe('renderHeapCapMB', () => {
  it('is 2.4 times the expected live heap, in steps of 32 MB, at least 384 MB', () => {
    const MB = 2 ** 20;
    expect([0, 6 * MB, 30 * MB, 300 * MB].map(renderHeapCapMB)).toEqual([384, 384, 640, 3744]);
  });
});
