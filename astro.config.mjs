// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { existsSync, readFileSync } from 'node:fs';
import { configuredSite } from './src/lib/site/site-url.ts';
import { renderWorkers } from './src/integrations/render-workers.ts';

// Old report ids (content/redirects.csv, resolved by ingest into ingest.json) stay reachable:
// each becomes a redirect page to the report it now names. Report URLs are forever.
const ingestJson = `${process.env.NIANBAO_DATA ?? './.nianbao/data'}/ingest.json`;
/** @type {Array<{from: string, to: string}>} */
const moved = existsSync(ingestJson) ? (JSON.parse(readFileSync(ingestJson, 'utf8')).redirects ?? []) : [];

// NIANBAO_DIST / NIANBAO_CACHE let several builds run side by side (e.g. parallel test runs).
export default defineConfig({
  output: 'static',
  // The public address (share links, embed code, citations): NIANBAO_SITE overrides the default.
  site: configuredSite(),
  // Every page is published at a URL ending in '/'; 'ignore' lets `astro preview` (npm start) also answer the
  // same path without the slash (it would answer Astro's English 404 under 'always'). Pages name the slash
  // form as canonical; static hosts send the bare path on through 404.html.
  trailingSlash: 'ignore',
  redirects: Object.fromEntries(moved.map((r) => [`/reports/${r.from}/`, `/reports/${r.to}/`])),
  // NIANBAO_RENDER_WORKERS=n (set by `npm run build:site`): pages render in n worker threads, which also
  // write the indicator data files (src/integrations/render-workers.ts).
  integrations: [react(), renderWorkers()],
  outDir: process.env.NIANBAO_DIST ?? './dist',
  cacheDir: process.env.NIANBAO_CACHE ?? './node_modules/.astro',
  // Pages render while earlier ones are written (the build is otherwise idle during file writes).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths gives a cacheKey (report and place pages: src/lib/site/page-cache.ts)
  // are copied from the previous build (kept in cacheDir) when their data and code are unchanged.
  experimental: { incrementalBuild: true },
});
