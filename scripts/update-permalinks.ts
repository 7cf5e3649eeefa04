/**
 * `npm run permalinks`: adds the URLs the content publishes now to `content/permalinks.lock`
 * (or `CONTENT_DIR`'s). It never removes a line: a published URL stays published.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, formatErrors } from '../src/lib/content/load.ts';
import { checkContentDir } from '../src/lib/site/site-check.ts';
import { formatLock, LOCK_FILE, parseLock, publishedUrls, unlockedUrls } from '../src/lib/site/permalinks.ts';
import { listPagePaths } from '../src/lib/view/list-pages.ts';

const dir = contentDir();
const { content, errors } = checkContentDir(dir, process.cwd(), { now: new Date() }, listPagePaths);
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
