/** Writes `_redirects` into the build output, for the base path the build was made for. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectsFile, type Redirect } from '../lib/site/redirects-file.ts';

export function redirectsFileIntegration(moved: readonly Redirect[]): AstroIntegration {
  let base = '/';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const netlify = Boolean(process.env.NETLIFY?.trim());
        writeFileSync(join(fileURLToPath(dir), '_redirects'), redirectsFile(base, moved, { netlify }));
        logger.info(`_redirects written for ${base}: ${moved.length} moved page(s)`);
      },
    },
  };
}
