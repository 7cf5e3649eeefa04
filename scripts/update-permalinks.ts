/**
 * `npm run permalinks`: adds the URLs the content publishes now to `content/permalinks.lock`
 * (or `CONTENT_DIR`'s). It never removes a line: a published URL stays published. A missing
 * lock is refused, not made again without its old URLs; `--new` makes a new site's first.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, formatErrors, isSiteContent } from '../src/lib/content/load.ts';
import { checkContentDir } from '../src/lib/site/site-check.ts';
import { ALL_REQUIRED } from '../src/lib/site/required-files.ts';
import { formatLock, LOCK_FILE, parseLock, publishedUrls, unlockedUrls } from '../src/lib/site/permalinks.ts';
import { listPagePaths } from '../src/lib/view/list-pages.ts';

const dir = contentDir();
// A lock that is gone is never made again quietly (its old URLs would be lost): only `--new` makes a first one.
const required = isSiteContent()
  ? ALL_REQUIRED.filter((name) => !(name === LOCK_FILE && process.argv.includes('--new')))
  : [];
const { content, errors } = checkContentDir(dir, process.cwd(), { now: new Date(), required }, listPagePaths);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const path = join(dir, LOCK_FILE);
const locked = existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : [];
const added = unlockedUrls(locked, publishedUrls(content, listPagePaths(content, dir)));
writeFileSync(path, formatLock([...locked, ...added]));
console.log(
  added.length === 0 ? `${path}: up to date.` : `${path}: added ${added.length} URL(s):\n  /${added.join('\n  /')}`,
);
