/**
 * Writes `_headers` into the build output once the pages exist: it collects each page's
 * CSP hashes and knows the base path, which a static `public/_headers` could not.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedFrameAncestors, headerRules, headersFile } from '../lib/site/security.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .flatMap((file) =>
            [...readFileSync(join(out, file), 'utf8').matchAll(CSP_META)].map((match) =>
              match[1]!.replace(/&#39;/g, "'"),
            ),
          );
        const entries = readdirSync(out, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        const top = {
          folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
          files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
        };
        const rules = headerRules(base, policies, top, embedFrameAncestors());
        writeFileSync(join(out, '_headers'), headersFile(base, rules));
        logger.info(`_headers written for ${base} from ${policies.length} page policies`);
      },
    },
  };
}
