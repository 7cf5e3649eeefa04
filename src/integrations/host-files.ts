/**
 * Writes the host files once the pages exist, from one header policy
 * (src/lib/site/security.ts) and the moved pages: `_headers` and `_redirects` (Netlify,
 * Cloudflare Pages) into the build output, the nginx and Caddy snippets beside it
 * (`hostsDir`), where no host publishes them. Only the build knows the base path and the
 * moved pages, which a static file in `public/` could not.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile } from '../lib/site/caddyfile.ts';
import { HOST_FILES, hostsDir } from '../lib/site/host-files.ts';
import { nginxConf } from '../lib/site/nginx-conf.ts';
import { redirectsFile, type Redirect } from '../lib/site/redirects-file.ts';
import { committedCsp, embedFrameAncestors, headerPolicy, headerRules, headersFile } from '../lib/site/security.ts';

export function hostFilesIntegration(moved: readonly Redirect[]): AstroIntegration {
  let base = '/';
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policy = headerPolicy(committedCsp, embedFrameAncestors());
        const netlify = Boolean(process.env.NETLIFY?.trim());
        const rules = headerRules(base, policy);
        const published = {
          [HOST_FILES.headers]: headersFile(base, rules),
          [HOST_FILES.redirects]: redirectsFile(base, moved, { netlify }),
        };
        const servers = {
          [HOST_FILES.nginx]: nginxConf(base, policy, moved),
          [HOST_FILES.caddy]: caddyfile(base, policy, moved),
        };
        for (const [name, text] of Object.entries(published)) writeFileSync(join(out, name), text);
        const hosts = hostsDir(out.replace(/[\\/]+$/, ''));
        mkdirSync(hosts, { recursive: true });
        for (const [name, text] of Object.entries(servers)) writeFileSync(join(hosts, name), text);
        logger.info(
          `${Object.keys(published).join(', ')} written for ${base} (${rules.length} header rules, ${moved.length} moved page(s)); ${Object.keys(servers).join(', ')} in ${hosts}`,
        );
      },
    },
  };
}
