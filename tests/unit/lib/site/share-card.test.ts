import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD_BARS, CARD_HEIGHT, CARD_WIDTH, cardLayout, shareCardPng } from '../../../../src/lib/site/share-card.ts';

/** The pixel rows of an 8-bit indexed PNG (one IDAT chunk, filter 0, as png.ts writes it). */
function pixelRows(png: Buffer): { width: number; height: number; rows: Uint8Array[] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let at = 8;
  let idat = Buffer.alloc(0);
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + len)]);
    at += 12 + len;
  }
  const raw = inflateSync(idat);
  return { width, height, rows: Array.from({ length: height }, (_, y) => raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1))) };
}

describe('share card', () => {
  it('draws the ranked bars, longest first, against a round axis end', () => {
    const { ticks, bars } = cardLayout([210, 50, 12]);
    expect(ticks.at(-1)).toBe(250);
    expect(bars.map((b) => b.w)).toEqual([874, 208, 50]); // 1040 px plot × v / 250
    expect(bars[1]!.y).toBeGreaterThan(bars[0]!.y);
  });

  it('is a 1200 × 630 PNG whose accent pixels are the bars', () => {
    const png = shareCardPng([210, 50, 12]);
    const { width, height, rows } = pixelRows(png);
    expect([width, height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const { bars } = cardLayout([210, 50, 12]);
    // Across the middle of each bar, the accent colour (index 1) runs exactly the bar's length.
    const runs = bars.map((b) => rows[b.y + Math.floor(b.h / 2)]!.filter((p) => p === 1).length);
    expect(runs).toEqual(bars.map((b) => b.w));
  });

  it('shows at most CARD_BARS bars', () => {
    expect(cardLayout(Array.from({ length: 40 }, (_, i) => 40 - i)).bars).toHaveLength(CARD_BARS);
  });
});
