import { describe, expect, it } from 'vitest';
import { chartFileName, standaloneSvg, svgSize } from '../../../../src/lib/site/chart-export.ts';

describe('standaloneSvg', () => {
  it('adds namespace, size, white background, font and title; drops page-only attributes', () => {
    const svg = standaloneSvg('<svg class="bars" width="720" height="100" viewBox="0 0 720 100" role="img" aria-label="x" data-testid="bars"><text x="1">桃源县</text></svg>', { width: 720, height: 100, title: '收到申请 & 答复' });
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="720" height="100" font-family="&quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif" viewBox="0 0 720 100"><title>收到申请 &amp; 答复</title><rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/><text x="1">桃源县</text></svg>\n',
    );
  });

  it('gives a viewBox when the chart has none', () => {
    expect(standaloneSvg('<svg width="10" height="5"></svg>', { width: 10, height: 5, title: 't' })).toContain('viewBox="0 0 10 5"');
  });

  it('drops focus attributes and sizes text the chart leaves to the stylesheet', () => {
    const svg = standaloneSvg('<svg class="recharts-surface" tabindex="0" width="720" height="100"><text>1</text></svg>', { width: 720, height: 100, title: 't', fontSize: 13 });
    expect(svg).not.toContain('tabindex');
    expect(svg).toContain(' font-size="13"');
    expect(standaloneSvg('<svg><title></title><desc></desc><text>1</text></svg>', { width: 1, height: 1, title: 'T' })).toMatch(/<title>T<\/title><rect[^>]*\/><text>1<\/text><\/svg>/);
    expect(standaloneSvg('<svg font-size="12"></svg>', { width: 1, height: 1, title: '', fontSize: 13 })).not.toContain('font-size="13"');
  });

  it('refuses markup that is not an svg element', () => {
    expect(() => standaloneSvg('<div></div>', { width: 1, height: 1, title: '' })).toThrow('not an <svg> element');
  });

  it('reads a chart size from width/height, else the viewBox', () => {
    expect(svgSize({ width: '720', height: '266', viewBox: null })).toEqual({ width: 720, height: 266 });
    expect(svgSize({ width: '100%', height: null, viewBox: '0 0 640 320' })).toEqual({ width: 640, height: 320 });
    expect(svgSize({ width: null, height: null, viewBox: '0 0 640 320' })).toEqual({ width: 640, height: 320 });
    expect(svgSize({ width: null, height: null, viewBox: null })).toBeNull();
  });

  it('names files after the indicator and view', () => {
    expect(chartFileName('t3.granted.total', [2021, null, '福建 省'], 'png')).toBe('t3.granted.total-2021-福建_省.png');
  });
});
