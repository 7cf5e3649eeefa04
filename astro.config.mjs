// @ts-check
import { basename } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/lib/site/site.ts';
import { hostFilesIntegration } from './src/integrations/host-files.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/site/security.ts';
import { movedPages } from './src/data/redirects.ts';
import { themeScriptHash } from './src/lib/site/theme.ts';
import { EMBED_FOLDER } from './src/lib/site/urls.ts';

const site = siteConfig();
// Builds into another folder (tests, a base-path build) keep their own content cache, so
// builds running side by side never read each other's data store.
const outDir = process.env.OUT_DIR?.trim();
const cacheDir = outDir && outDir !== 'dist' ? `./node_modules/.astro/builds/${basename(outDir)}` : undefined;
// Redirect pages forward readers; they are not pages to index. Hosts that read `_redirects` get real 301s.
const movedList = movedPages();
const moved = new Set(movedList.map(({ from }) => new URL(`${site.base}${from}`, site.url).href));
// Embeds are for other sites' frames; their canonical URL is the full page's.
const embeds = new URL(`${site.base}${EMBED_FOLDER}/`, site.url).href;

export default defineConfig({
  ...(cacheDir && { cacheDir }),
  site: site.url,
  base: site.base,
  // One policy everywhere: pages are folders, and their URLs end in a slash.
  trailingSlash: 'always',
  // Stylesheets inlined: one round trip less before the first paint on a slow phone
  // (Lighthouse's mobile LCP drops from about 1.0 s to 0.8 s); measured in docs/performance.md.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Article HTML is rendered by src/lib/markdown/markdown.ts; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  integrations: [
    sitemap({ filter: (page) => !moved.has(page) && !page.startsWith(embeds) }),
    hostFilesIntegration(movedList),
  ],
  // Small scripts (theme button, Copy link, filter) are inlined, hashed into each page's CSP:
  // no request before the page is whole (Lighthouse's mobile LCP 0.75–0.87 s against about
  // 1.0 s with files). The search script stays a file: inlined, its dynamic import of
  // Pagefind keeps an unreplaced `__VITE_PRELOAD__` and fails (tests/site/built-site.test.ts).
  vite: { build: { assetsInlineLimit: 2048 } },
  // A CSP <meta> on every page, with the hashes of the scripts and styles Astro emits.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: [...SCRIPT_SOURCES],
        // The one inline script, which sets the theme before the first paint (src/lib/site/theme.ts).
        hashes: [themeScriptHash()],
      },
    },
  },
});
