import { basename, dirname, join } from 'node:path';

/**
 * The files the build writes for hosts, none of which is a page. `_headers` and
 * `_redirects` go into the output, where Netlify and Cloudflare Pages read them (and serve
 * neither); the nginx and Caddy snippets are configuration for a server of one's own, so
 * they go beside the output (`hostsDir`), never into what a host publishes. The snippets
 * refuse to serve any of these names.
 */
export const HOST_FILES = {
  headers: '_headers',
  redirects: '_redirects',
  nginx: 'nginx.conf',
  caddy: 'Caddyfile',
} as const;

/** The names older builds wrote into the output, which the snippets still refuse to serve. */
export const FORMER_HOST_FILES = ['_nginx.conf', '_Caddyfile'] as const;

/** Where a build in `out` writes the server snippets: `dist-hosts/` beside `dist/`. */
export function hostsDir(out: string): string {
  return join(dirname(out), `${basename(out)}-hosts`);
}

/** Every name the snippets refuse to serve under the base path. */
export const REFUSED_FILES = [HOST_FILES.headers, HOST_FILES.redirects, ...FORMER_HOST_FILES] as const;

/** A header value as a double-quoted string for nginx and Caddy; the policy never needs a quote or `$`. */
export function quoted(value: string): string {
  if (/["$\\\n{}]/.test(value)) throw new Error(`A header value cannot go into a server config: ${value}`);
  return `"${value}"`;
}
