/** `npm run check:content`: checks `content/` (or `CONTENT_DIR`) and names every mistake. */
import { contentDir, isSiteContent, formatErrors } from '../src/lib/content/load.ts';
import { checkContentDir } from '../src/lib/site/site-check.ts';
import { ALL_REQUIRED } from '../src/lib/site/required-files.ts';
import { plural } from '../src/lib/model/labels.ts';
import { listPagePaths } from '../src/lib/view/list-pages.ts';

const dir = contentDir();
const { content, errors } = checkContentDir(
  dir,
  process.cwd(),
  { now: new Date(), required: isSiteContent() ? ALL_REQUIRED : [] },
  listPagePaths,
);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const claims = content.articles.reduce((n, a) => n + a.data.claims.length, 0);
console.log(
  `Content check: ${dir}/ is fine: ${plural(content.articles.length, 'article')}, ${plural(content.events.length, 'event')}, ${plural(claims, 'claim')}.`,
);
