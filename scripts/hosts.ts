/**
 * `npm run hosts`: writes `vercel.json`, which Vercel reads from the project before the
 * build, from the header policy and `content/redirects.yaml`, for `BASE_PATH` and
 * `EMBED_FRAME_ANCESTORS`. Run it after changing either; tests/site/vercel-json.test.ts
 * fails while the committed file is out of date. (`_headers` and `_redirects` are written
 * by every build into its output, the nginx and Caddy snippets beside it, in `dist-hosts/`.)
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { movedPages } from '../src/data/redirects.ts';
import { embedFrameAncestors } from '../src/lib/site/security.ts';
import { siteConfig } from '../src/lib/site/site.ts';
import { vercelJson } from '../src/lib/site/vercel-json.ts';

const file = 'vercel.json';
const json = JSON.stringify(vercelJson(siteConfig().base, embedFrameAncestors(), movedPages()), null, 2);
writeFileSync(file, await format(json, { ...(await resolveConfig(file)), filepath: file }));
console.log(`${file} written for ${siteConfig().base}`);
