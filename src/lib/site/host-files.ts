/**
 * The files the build writes for hosts beside the pages, none of which is a page: each
 * host reads its own, and the nginx and Caddy snippets refuse to serve any of them.
 */
export const HOST_FILES = {
  headers: '_headers',
  redirects: '_redirects',
  nginx: '_nginx.conf',
  caddy: '_Caddyfile',
} as const;

/** A header value as a double-quoted string for nginx and Caddy; the policy never needs a quote or `$`. */
export function quoted(value: string): string {
  if (/["$\\\n{}]/.test(value)) throw new Error(`A header value cannot go into a server config: ${value}`);
  return `"${value}"`;
}
