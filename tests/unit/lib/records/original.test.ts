import { describe, expect, it } from 'vitest';
import { originalHref } from '../../../../src/lib/records/original.ts';

describe('originalHref', () => {
  it('opens a PDF at a page and links Word files without one', () => {
    expect(originalHref('320800-2024', 'pdf', 4)).toBe('/reports/320800-2024/original.pdf#page=4');
    expect(originalHref('320800-2024', 'pdf')).toBe('/reports/320800-2024/original.pdf');
    expect(originalHref('pingtan-zone-2023', 'docx', 2)).toBe('/reports/pingtan-zone-2023/original.docx');
  });
});
