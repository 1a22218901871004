import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../src/lib/collect/file-name.ts';

const none = () => false;

describe('collected file names', () => {
  it('name host and path readably, Chinese as pinyin, query kept', () => {
    expect(safeFileName('https://www.pingtan.gov.cn/zwgk/zfxxgknb/202403/t20240308_87885.htm', 'html', none)).toBe('pingtan.gov.cn_zwgk_zfxxgknb_202403_t20240308-87885.html');
    expect(safeFileName('http://xxgk.example.gov.cn/files/%E5%B9%B3%E6%BD%AD2023%E5%B9%B4%E6%8A%A5.pdf', 'pdf', none)).toBe('xxgk.example.gov.cn_files_ping-tan-2023-nian-bao.pdf');
    expect(safeFileName('http://127.0.0.1:8080/download.jsp?id=7&t=x', 'pdf', none)).toBe('127.0.0.1_download_id-7-t-x.pdf');
    expect(safeFileName('http://example.gov.cn/', 'html', none)).toBe('example.gov.cn_index.html');
  });

  it('number a name already taken', () => {
    const taken = new Set(['a.gov.cn_x.pdf', 'a.gov.cn_x-2.pdf']);
    expect(safeFileName('http://a.gov.cn/x.pdf', 'pdf', (n) => taken.has(n))).toBe('a.gov.cn_x-3.pdf');
  });

  test.prop([fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('html', 'pdf', 'docx')])(
    'are short ASCII names ingest reads as reports, for any URL',
    (url, ext) => {
      const name = safeFileName(url, ext, none);
      expect(name).toMatch(/^[a-z0-9][a-z0-9._-]*\.(html|pdf|docx)$/);
      expect(name.length).toBeLessThanOrEqual(120);
      expect(name).not.toMatch(/^sources\.csv$|^\./);
    },
  );
});
