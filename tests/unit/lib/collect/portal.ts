// A government portal on 127.0.0.1 for the collector's tests, built from corpus files (tests/fixtures/portal/):
// a paginated GBK 年报 list, report pages with the report inline and with only an attachment, a redirect,
// a 404, a 500 that recovers, a response that stalls, a file over the size cap, robots.txt, a list
// written by JavaScript, and one report reachable twice. Every request is logged.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'portal');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The corpus text's body (after the archiver's header) as paragraphs. */
function reportHtml(txt: string, title: string): string {
  const body = fixture(txt).toString('utf8').split(/={5,} 正文 ={5,}\n/)[1]!;
  const paras = body.split(/\n+/).filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><div class="nav"><a href="/">首页</a> <a href="/nianbao/index.html">政府信息公开年报</a></div><h1>${title}</h1>${paras.join('\n')}</body></html>`;
}

const li = (href: string, text: string, date: string, title = '') =>
  `<li><a href="${href}"${title ? ` title="${title}"` : ''} target="_blank">${text}</a><span class="date">${date}</span></li>`;

function listPage(items: string[], pager: string, charsetMeta: boolean): string {
  const meta = charsetMeta ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
  return `<!DOCTYPE html><html><head>${meta}<title>政府信息公开年报_平潭综合实验区</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/guide.html">政府信息公开指南</a> <a href="/apply.html">依申请公开</a></div>
<ul class="list">${items.join('\n')}</ul><div class="pager">${pager}</div></body></html>`;
}

export interface Portal {
  origin: string;
  /** Paths requested, in order (with the query). */
  requests: string[];
  close(): Promise<void>;
}

export const SIZE_CAP = 1024 * 1024;

export async function startPortal(): Promise<Portal> {
  const requests: string[] = [];
  let flakyCalls = 0;
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const page2013 = iconv.encode(reportHtml('pt-syq-2013.txt', '平潭综合实验区2013年政府信息公开工作年度报告'), 'gbk');
  const page2012 = iconv.encode(reportHtml('pt-xian-2012.txt', '平潭县人民政府2012年政府信息公开工作年度报告'), 'gbk');
  const page2011 = Buffer.from(reportHtml('pt-syq-2011.txt', '平潭综合实验区2011年政府信息公开工作年度报告'));
  // The report page of the script-rendered column writes its text with script too.
  const page2025 = Buffer.from(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>平潭综合实验区2025年度政府信息公开工作年度报告</title></head><body><div id="content"></div>
<script>document.getElementById('content').innerHTML = ${JSON.stringify(reportHtml('pt-syq-2025.txt', '平潭综合实验区2025年度政府信息公开工作年度报告').replace(/^.*<body>|<\/body>.*$/gs, '')).replace(/</g, '\\u003c')};</script></body></html>`,
  );
  const page2023 = Buffer.from(
    fixture('pt-syq-2023.html')
      .toString('utf8')
      .replace('<ul id="file_ul_fj">', '<ul id="file_ul_fj"><li><a href="/files/P020240308_87885.docx">平潭综合实验区2023年度政府信息公开工作年度报告.docx</a></li>'),
  );
  const page2024 = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>淮安市淮安区2024年政府信息公开工作年度报告</title></head><body>
<h1>淮安市淮安区2024年政府信息公开工作年度报告</h1><p>发布日期：2025-01-20</p>
<p><a href="/files/download.jsp?id=7">附件：淮安市淮安区2024年政府信息公开工作年度报告</a></p>
<p><a href="/files/apply.doc">政府信息公开申请表</a></p>
<div class="related">相关阅读：<a href="/nianbao/2023/hzq2023.html">淮安市淮安区2023年政府信息公开工作年度报告</a></div></body></html>`);

  const list1 = listPage(
    [
      li('2013/t20140110_80759.html', '平潭综合实验区2013年政府信息公开工作…', '2014-01-10', '平潭综合实验区2013年政府信息公开工作年度报告'),
      li(`${origin}/nianbao/2023/t20240308_87885.html`, '平潭综合实验区2023年度政府信息公开工作年度报告', '2024-03-08'),
      li('/old/80725.html', '平潭县人民政府2012年政府信息公开工作年度报告', '2013-01-20'),
      li('2019/t20200115_1.html', '平潭综合实验区2019年度政府信息公开工作年度报告', '2020-01-15'),
      li('2011/t20120401_80678.html', '平潭综合实验区2011年政府信息公开工作年度报告', '2012-04-01'),
      li('/private/2015.html', '平潭综合实验区2015年度政府信息公开工作年度报告', '2016-01-20'),
    ],
    '<a href="index.html">1</a> <a href="index_1.html">2</a> <a href="index_1.html">下一页</a>',
    true,
  );
  const list2 = listPage(
    [
      li('2013/t20140110_80759.html', '平潭综合实验区2013年政府信息公开工作年度报告', '2014-01-10'),
      li('2024/t20250120_1.html', '淮安市淮安区2024年政府信息公开工作年度报告', '2025-01-20'),
      li('2017/t20180120_1.html', '平潭综合实验区2017年度政府信息公开工作年度报告', '2018-01-20'),
      li('/files/2021%E5%B9%B4%E6%8A%A5.pdf', '平潭综合实验区2021年度政府信息公开工作年度报告.pdf', '2022-01-20'),
      li('/copy/80759.html', '平潭综合实验区2013年政府信息公开工作年度报告（转载）', '2014-01-12'),
    ],
    '<a href="index.html">上一页</a> <a href="index.html">1</a> <a href="index_1.html">2</a>',
    false,
  );
  const jsList = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul id="list"></ul>
<script>fetch('data.json').then((r) => r.json()).then((items) => { for (const it of items) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = it.href; a.textContent = it.title; li.append(a); document.getElementById('list').append(li); } });</script></body></html>`;

  const routes: Record<string, (res: http.ServerResponse) => void> = {
    '/robots.txt': (res) => send(res, 'text/plain', 'User-agent: *\nDisallow: /private/\n'),
    '/nianbao/index.html': (res) => send(res, 'text/html', iconv.encode(list1, 'gbk')),
    '/nianbao/index_1.html': (res) => send(res, 'text/html; charset=GBK', iconv.encode(list2, 'gbk')),
    '/nianbao/2013/t20140110_80759.html': (res) => send(res, 'text/html; charset=GBK', page2013),
    '/copy/80759.html': (res) => send(res, 'text/html; charset=GBK', page2013),
    '/nianbao/2023/t20240308_87885.html': (res) => send(res, 'text/html; charset=utf-8', page2023),
    '/files/P020240308_87885.docx': (res) => send(res, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fixture('pt-syq-2023.docx')),
    '/old/80725.html': (res) => {
      res.writeHead(301, { Location: '/nianbao/2012/t20130120_80725.html' });
      res.end();
    },
    '/nianbao/2012/t20130120_80725.html': (res) => send(res, 'text/html', page2012),
    '/nianbao/2011/t20120401_80678.html': (res) => {
      if (++flakyCalls === 1) return send(res, 'text/html', 'Service Unavailable', 500);
      send(res, 'text/html; charset=utf-8', page2011);
    },
    '/nianbao/2024/t20250120_1.html': (res) => send(res, 'text/html; charset=utf-8', page2024),
    '/files/download.jsp?id=7': (res) => {
      res.setHeader('Content-Disposition', 'attachment; filename="hzq2024.pdf"');
      send(res, 'application/octet-stream', fixture('hz-qu-2024.pdf'));
    },
    // Headers, then nothing: slower than any timeout (the socket closes when the test ends).
    '/nianbao/2017/t20180120_1.html': (res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html>');
    },
    // Streamed without Content-Length, twice the size cap.
    '/files/2021%E5%B9%B4%E6%8A%A5.pdf': (res) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.write('%PDF-1.4\n');
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < (2 * SIZE_CAP) / chunk.length; i++) res.write(chunk);
      res.end();
    },
    '/js/index.html': (res) => send(res, 'text/html; charset=utf-8', jsList),
    '/js/data.json': (res) => send(res, 'application/json', JSON.stringify([{ href: '/js/2025/t20260301_105587.html', title: '平潭综合实验区2025年度政府信息公开工作年度报告' }])),
    '/js/2025/t20260301_105587.html': (res) => send(res, 'text/html; charset=utf-8', page2025),
  };

  server.on('request', (req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const route = routes[path];
    if (route) route(res);
    else send(res, 'text/html; charset=utf-8', '<html><body>404 页面不存在</body></html>', 404);
  });

  return {
    origin,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function send(res: http.ServerResponse, type: string, body: string | Buffer, status = 200): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
