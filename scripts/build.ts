/**
 * `npm run build`: the site into `dist/` (or `OUT_DIR`), for the `SITE_URL` and
 * `BASE_PATH` in the environment. The public address is decided here, once, before Astro
 * starts (src/lib/site/site-url.ts): in CI or on a host without `SITE_URL` the build takes
 * the host's own address or refuses. `--local` builds for this machine (`npm start`,
 * `npm test`), at localhost. Tests that need another build (a base path, another content
 * folder) call this with their own `OUT_DIR`. Then Pagefind indexes the built pages into
 * `<OUT_DIR>/pagefind/`, in parts (src/lib/site/search-index.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readSiteSettings, SETTINGS_FILE, unsetSettings } from '../src/lib/content/site-settings.ts';
import { contentDir } from '../src/lib/content/load.ts';
import { chooseSiteUrl, SiteUrlError, type SiteUrlChoice } from '../src/lib/site/site-url.ts';
import { isLocalAddress } from '../src/lib/site/site-address.ts';
import { searchParts, topFolders } from '../src/lib/site/search-index.ts';
import { indexSearchParts, recordFile } from '../src/lib/site/search-record.ts';

const outDir = process.env.OUT_DIR?.trim() || 'dist';

function siteUrl(): SiteUrlChoice {
  try {
    return chooseSiteUrl(process.env, { local: process.argv.includes('--local') });
  } catch (error) {
    if (!(error instanceof SiteUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const site = siteUrl();
console.log(`Building for ${site.url}${site.base === '/' ? '' : ` under ${site.base}`} (${site.from})`);
// Said once here, not by every page: the pages themselves say it to their readers.
const unset = unsetSettings(readSiteSettings(contentDir()).settings);
if (unset) console.log(`${contentDir()}/${SETTINGS_FILE} names ${unset}: every page says so.`);
// A ceiling for Astro's heap above Node's default (about 4 GB here, less on a small machine),
// for sites past the benchmark's 10,000 events: at that size the heap held 652 MiB when the
// process peaked (docs/performance.md), and V8 sizes it by what is live, not by this limit. A limit set in
// NODE_OPTIONS by whoever runs the build is kept.
const HEAP_MIB = 8192;
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const env = {
  ...process.env,
  SITE_URL: site.url,
  // The path SITE_URL named (https://user.github.io/repo/), which Astro takes as its base.
  BASE_PATH: site.base,
  // glibc gives each thread that allocates its own malloc arena and keeps what is freed in it:
  // the preview-image threads' pixel buffers stayed resident after the threads had ended
  // (176 MiB at 1,000 events). Two arenas are shared by all threads instead.
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions)
    ? nodeOptions
    : `${nodeOptions} --max-old-space-size=${HEAP_MIB}`.trim(),
};

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('astro', ['build', '--outDir', outDir]);
// The search index goes into the built site, beside the pages it indexes (never into public/).
// Left out of the index: navigation and the lists of where else a claim or article appears,
// which would otherwise fill every excerpt with the same article titles.
const notIndexed = [
  'nav',
  '.claim__source',
  '.provenance',
  '.facts',
  '.quote-claim',
  'section[aria-labelledby="articles-heading"]',
];
// Each part of the index is made again only where its pages changed, over the last index,
// and what is left of the last one is removed (src/lib/site/search-record.ts).
const pagefind = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
const { ran, kept, removed } = indexSearchParts(outDir, searchParts(topFolders(outDir)), {
  recordPath: recordFile(process.cwd(), outDir),
  version: pagefind.version,
  argsOf: (part) => [
    ...['--site', outDir, '--glob', part.glob, '--output-subdir', part.folder],
    ...['--quiet', '--exclude-selectors', notIndexed.join(', ')],
  ],
  runPart: (args) => run('pagefind', args),
});
for (const { folder, why } of ran) console.log(`Search index ${folder} made (${why})`);
if (kept.length > 0)
  console.log(`Search index kept as the last build made it, its pages unchanged: ${kept.join(', ')}`);
if (removed > 0) console.log(`${removed} file(s) of the last search index removed`);
if (isLocalAddress(site.url))
  console.warn(
    `\nThis build is for ${site.url}, this machine: every page says so and asks not to be indexed, and every link, embed and preview points here. Not for publishing: set SITE_URL to the public address (for example SITE_URL=https://example.org npm run build).`,
  );
