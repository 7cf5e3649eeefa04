/**
 * Writes the host files into the build output once the pages exist, from one header
 * policy (src/lib/site/security.ts) and the moved pages: `_headers` and `_redirects`
 * (Netlify, Cloudflare Pages) and the nginx and Caddy snippets. Only the build knows each
 * page's CSP hashes and the base path, which a static file in `public/` could not.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile } from '../lib/site/caddyfile.ts';
import { HOST_FILES } from '../lib/site/host-files.ts';
import { pagePolicies } from '../lib/site/page-policies.ts';
import { SEARCH_FOLDER } from '../lib/site/urls.ts';
import { nginxConf } from '../lib/site/nginx-conf.ts';
import { redirectsFile, type Redirect } from '../lib/site/redirects-file.ts';
import { buildCsp, embedFrameAncestors, headerPolicy, headerRules, headersFile } from '../lib/site/security.ts';

export function hostFilesIntegration(moved: readonly Redirect[]): AstroIntegration {
  let base = '/';
  let cacheFile = '';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheFile = join(fileURLToPath(config.cacheDir), 'host-files', 'page-policies.json');
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = pagePolicies(out, cacheFile);
        const policy = headerPolicy(buildCsp(policies), embedFrameAncestors());
        const entries = readdirSync(out, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        const top = {
          // The search index is no page: Pagefind writes it after this (and a rebuild finds the
          // last one still in place until then, src/integrations/kept-output.ts).
          folders: entries
            .filter((entry) => entry.isDirectory() && entry.name !== SEARCH_FOLDER)
            .map((entry) => entry.name),
          files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
        };
        const netlify = Boolean(process.env.NETLIFY?.trim());
        const files = {
          [HOST_FILES.headers]: headersFile(base, headerRules(base, policy, top)),
          [HOST_FILES.redirects]: redirectsFile(base, moved, { netlify }),
          [HOST_FILES.nginx]: nginxConf(base, policy, moved),
          [HOST_FILES.caddy]: caddyfile(base, policy, moved),
        };
        for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
        logger.info(
          `${Object.keys(files).join(', ')} written for ${base}: ${policies.length} page policies, ${moved.length} moved page(s)`,
        );
      },
    },
  };
}
