// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { configuredSite } from './src/lib/site/site-url.ts';

// NIANBAO_DIST / NIANBAO_CACHE let several builds run side by side (e.g. parallel test runs).
export default defineConfig({
  output: 'static',
  // The public address (share links, embed code, citations): NIANBAO_SITE overrides the default.
  site: configuredSite(),
  trailingSlash: 'always',
  integrations: [react()],
  outDir: process.env.NIANBAO_DIST ?? './dist',
  cacheDir: process.env.NIANBAO_CACHE ?? './node_modules/.astro',
  // Pages render while earlier ones are written (the build is otherwise idle during file writes).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
});
