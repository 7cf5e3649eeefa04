/**
 * Writes the host files into the build output once the pages exist, from one header
 * policy (src/lib/site/security.ts) and the moved pages: `_headers` and `_redirects`
 * (Netlify, Cloudflare Pages) and the nginx and Caddy snippets. Only the build knows each
 * page's CSP hashes and the base path, which a static file in `public/` could not.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile } from '../lib/site/caddyfile.ts';
import { HOST_FILES } from '../lib/site/host-files.ts';
import { nginxConf } from '../lib/site/nginx-conf.ts';
import { redirectsFile, type Redirect } from '../lib/site/redirects-file.ts';
import { buildCsp, embedFrameAncestors, headerPolicy, headerRules, headersFile } from '../lib/site/security.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

const HEAD_END = '</head>';
const CHUNK = 16 * 1024;

/**
 * A page's `<head>`, read from the start of its file: the CSP `<meta>` counts only there,
 * and a rebuild that restores thousands of pages should not read their bodies again.
 */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK);
    let head = '';
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      head += chunk.toString('latin1', 0, read);
      const end = head.indexOf(HEAD_END);
      if (end >= 0) return Buffer.from(head.slice(0, end), 'latin1').toString('utf8');
    }
    return Buffer.from(head, 'latin1').toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Every page's CSP `<meta>`, as the browser reads it. */
function pagePolicies(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      [...headOf(join(out, file)).matchAll(CSP_META)].map((match) => match[1]!.replace(/&#39;/g, "'")),
    );
}

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
        const policies = pagePolicies(out);
        const policy = headerPolicy(buildCsp(policies), embedFrameAncestors());
        const entries = readdirSync(out, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        const top = {
          folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
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
