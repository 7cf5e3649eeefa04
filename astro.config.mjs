// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/lib/site/site.ts';
import { contentDir } from './src/lib/content/load.ts';
import { hostFilesIntegration } from './src/integrations/host-files.ts';
import { keptOutputIntegration } from './src/integrations/kept-output.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/site/security.ts';
import { movedPages } from './src/data/redirects.ts';
import { feedLastBuildDate } from './src/lib/site/feed.ts';
import { themeScriptHash } from './src/lib/site/theme.ts';
import { EMBED_FOLDER, SEARCH_FOLDER } from './src/lib/site/urls.ts';

const site = siteConfig();
// Each output folder and content folder has a cache of its own (content store and the
// incremental build's pages), so builds side by side never share one, and pages built from
// one content folder are never restored into a build of another. `dist/` from `content/`,
// the usual build and the deploy's, keeps Astro's default, `node_modules/.astro/`.
const outDir = resolve(process.env.OUT_DIR?.trim() || 'dist');
const contentFolder = resolve(contentDir());
const ownCache = outDir !== resolve('dist') || contentFolder !== resolve('content');
const buildName = createHash('sha256').update(`${outDir}\0${contentFolder}`).digest('hex').slice(0, 12);
const cacheDir = ownCache ? `./node_modules/.astro/builds/${basename(outDir)}-${buildName}` : undefined;
// Redirect pages forward readers; they are not pages to index. Hosts that read `_redirects` get real 301s.
const movedList = movedPages();
const moved = new Set(movedList.map(({ from }) => new URL(`${site.base}${from}`, site.url).href));
// Embeds are for other sites' frames; their canonical URL is the full page's.
const embeds = new URL(`${site.base}${EMBED_FOLDER}/`, site.url).href;
/** @type {Date | undefined} */
let lastChanged;
const feedDate = () => feedLastBuildDate(readFileSync(join(outDir, 'rss.xml'), 'utf8'));

export default defineConfig({
  ...(cacheDir && { cacheDir }),
  // A page is rendered again only when its route's code or its cache key (a digest of what it
  // shows, src/data/cache-keys.ts) changed; the others are restored from the last build.
  experimental: { incrementalBuild: true },
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
    // First: it removes what the last build left in the kept output folder (vite.build below),
    // but for the search index, which scripts/build.ts sweeps once Pagefind has written it.
    keptOutputIntegration({ rewrittenAfter: [SEARCH_FOLDER] }),
    // Every URL's <lastmod> is the day the content last changed (its newest event, article or
    // correction), as the feed built moments before computed it: a date from the content, so
    // that two builds of the same content stay byte-identical.
    sitemap({
      filter: (page) => !moved.has(page) && !page.startsWith(embeds),
      serialize: (item) => {
        const day = (lastChanged ??= feedDate());
        return day ? { ...item, lastmod: day.toISOString() } : item;
      },
    }),
    hostFilesIntegration(movedList),
  ],
  // Small scripts (theme button, Copy link, filter) are inlined, hashed into each page's CSP:
  // no request before the page is whole (Lighthouse's mobile LCP 0.75–0.87 s against about
  // 1.0 s with files). The search script stays a file: inlined, its dynamic import of
  // Pagefind keeps an unreplaced `__VITE_PRELOAD__` and fails (tests/site/built-site.test.ts).
  // The output folder is not emptied: a page restored from the cache and already in place is
  // left as it is, and what the last build wrote and this one did not is removed
  // (src/integrations/kept-output.ts).
  vite: { build: { assetsInlineLimit: 2048, emptyOutDir: false } },
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
