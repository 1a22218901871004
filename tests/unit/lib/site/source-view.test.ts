import { describe, expect, it } from 'vitest';
import { sourceView } from '../../../../src/lib/site/source-view.ts';

describe('sourceView', () => {
  it('says in Chinese where a file came from instead of repository paths and maintainers’ words', () => {
    expect(sourceView({ source: 'changwu/pingtan-gov-zwgk-archive:pingtan/zwgk/80678/page.txt', format: 'text' })).toEqual({ text: 'GitHub 上的公开存档', href: null, format: '文本' });
    expect(sourceView({ source: 'project seed', format: 'text' })?.text).toBe('项目样本文件');
    expect(sourceView({ source: 'derived from pt-syq-2023.html', format: 'docx' })).toEqual({ text: '由同一报告的另一文件转换而来', href: null, format: 'Word 文档（DOCX）' });
    expect(sourceView({ source: 'GitHub, repository not identified (search-index file id 1)', format: 'other' })).toEqual({ text: 'GitHub 上的公开文件', href: null, format: '其他格式' });
    expect(sourceView({ source: 'some note', format: 'weird' })).toEqual({ text: '其他来源', href: null, format: null });
  });
  it('links a source that is an address, keeps Chinese text, and has nothing to say without a row', () => {
    expect(sourceView({ source: 'https://www.x.gov.cn/nb/a.html', format: 'html' })).toEqual({ text: 'https://www.x.gov.cn/nb/a.html', href: 'https://www.x.gov.cn/nb/a.html', format: '网页' });
    expect(sourceView({ source: '县政府门户网站', format: '' })?.text).toBe('县政府门户网站');
    expect(sourceView(null)).toBeNull();
    expect(sourceView({ source: '', format: '' })).toBeNull();
  });
});
