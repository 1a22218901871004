// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  output: 'static',
  site: 'https://nianbao.example.org',
  trailingSlash: 'always',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
