/**
 * `npm run build`: the site into `dist/` (or `OUT_DIR`), for the `SITE_URL` and
 * `BASE_PATH` in the environment. Tests that need another build (a base path, another
 * content folder) call this with their own `OUT_DIR`. Then Pagefind indexes the built pages
 * into `<OUT_DIR>/pagefind/`.
 */
import { spawnSync } from 'node:child_process';

const outDir = process.env.OUT_DIR?.trim() || 'dist';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
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
run('pagefind', ['--site', outDir, '--quiet', '--exclude-selectors', notIndexed.join(', ')]);
