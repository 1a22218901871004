// The share card of an indicator page (og:image, /indicators/<id>/card.png): its default view's
// ranked bars drawn as a 1200 × 630 PNG at build time — the size WeChat, Weibo and others show
// (WeChat does not take SVG). Bars, round-tick grid lines and the axis only: there is no font
// rasteriser in the build, so the words are in og:title / og:description beside the image.
import { IndexedCanvas, hexRgb } from './png.ts';
import { niceTicks } from './ticks.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bars on a card: the top of the ranking (a phone preview shows no more legibly). */
export const CARD_BARS = 12;

// Palette indices; colours as on the chart (RankedBars.tsx): bars in the accent, grid and axis muted.
const WHITE = 0;
const ACCENT = 1;
const GRID = 2;
const AXIS = 3;
const PALETTE = ['#ffffff', '#0b5cad', '#e3e6e9', '#555b61'].map(hexRgb);

const PAD = { left: 80, right: 80, top: 70, bottom: 70 };

/** Geometry of the card's bars for values ranked high → low (exported for the tests). */
export function cardLayout(values: readonly number[]): { ticks: number[]; bars: Array<{ x: number; y: number; w: number; h: number }> } {
  const shown = values.slice(0, CARD_BARS);
  const ticks = niceTicks(Math.max(0, ...shown));
  const top = ticks[ticks.length - 1]!;
  const plotW = CARD_WIDTH - PAD.left - PAD.right;
  const plotH = CARD_HEIGHT - PAD.top - PAD.bottom;
  const row = plotH / Math.max(shown.length, 4);
  const h = Math.round(row * 0.7);
  const bars = shown.map((v, i) => ({ x: PAD.left, y: Math.round(PAD.top + i * row + (row - h) / 2), w: Math.round(top > 0 ? (v / top) * plotW : 0), h }));
  return { ticks, bars };
}

/** The card as PNG bytes; `values` are the ranked values of the view (high → low). */
export function shareCardPng(values: readonly number[]): Buffer {
  const c = new IndexedCanvas(CARD_WIDTH, CARD_HEIGHT, PALETTE);
  const { ticks, bars } = cardLayout(values);
  const plotW = CARD_WIDTH - PAD.left - PAD.right;
  const top = ticks[ticks.length - 1]!;
  c.fillRect(0, 0, CARD_WIDTH, 10, ACCENT);
  for (const t of ticks.slice(1)) c.fillRect(PAD.left + (t / top) * plotW - 1, PAD.top - 10, 2, CARD_HEIGHT - PAD.top - PAD.bottom + 20, GRID);
  for (const b of bars) c.fillRect(b.x, b.y, Math.max(b.w, 2), b.h, ACCENT);
  c.fillRect(PAD.left - 3, PAD.top - 10, 3, CARD_HEIGHT - PAD.top - PAD.bottom + 20, AXIS);
  return c.png();
}
