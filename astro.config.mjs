// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/lib/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';

const site = siteConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  // One policy everywhere: pages are folders, and their URLs end in a slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck()],
});
