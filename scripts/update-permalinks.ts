/**
 * `npm run permalinks`: adds the URLs the content publishes now to `content/permalinks.lock`
 * (or `CONTENT_DIR`'s). It never removes a line: a published URL stays published.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, formatErrors } from '../src/lib/content/load.ts';
import { checkContentDir } from '../src/lib/site/site-check.ts';
import { formatLock, LOCK_FILE, parseLock, publishedUrls, unlockedUrls } from '../src/lib/site/permalinks.ts';

const dir = contentDir();
const { content, errors } = checkContentDir(dir);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const path = join(dir, LOCK_FILE);
const locked = existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : [];
const added = unlockedUrls(locked, publishedUrls(content));
writeFileSync(path, formatLock([...locked, ...added]));
console.log(
  added.length === 0 ? `${path}: up to date.` : `${path}: added ${added.length} URL(s):\n  /${added.join('\n  /')}`,
);
