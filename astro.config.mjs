// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/lib/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { themeScriptHash } from './src/lib/theme.ts';

const site = siteConfig();

export default defineConfig({
  site: site.url,
  base: site.base,
  // One policy everywhere: pages are folders, and their URLs end in a slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck()],
  // Scripts and styles as files under _astro/, never inlined: cacheable, measurable, and
  // each one plainly the site's own.
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      scriptDirective: {
        // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The one inline script, which sets the theme before the first paint (src/lib/theme.ts).
        hashes: [themeScriptHash()],
      },
    },
  },
});
