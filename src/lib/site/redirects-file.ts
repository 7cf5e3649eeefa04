/**
 * Real 301s for the pages that moved (`content/redirects.yaml`), for hosts that read a
 * `_redirects` file: Netlify and Cloudflare Pages. The refresh pages stay beside them for
 * every other host. Netlify serves an existing file rather than a redirect from its path
 * ("shadowing") unless the status ends in `!`, and the old paths do have their refresh
 * pages; Cloudflare Pages always redirects, and takes only a bare status code.
 * @see https://docs.netlify.com/routing/redirects/rewrites-proxies/#shadowing · https://developers.cloudflare.com/pages/configuration/redirects/
 */
export interface Redirect {
  /** The old page path under the base: `events/old-id/`. */
  readonly from: string;
  /** The page it leads to: `events/new-id/`. */
  readonly to: string;
}

export function redirectsFile(base: string, moved: readonly Redirect[], { netlify = false } = {}): string {
  const status = netlify ? '301!' : '301';
  return [
    `# Written by the build for the base path ${base}${netlify ? ' on Netlify' : ''}; Netlify and Cloudflare Pages read it.`,
    ...moved.map(({ from, to }) => `${base}${from} ${base}${to} ${status}`),
    '',
  ].join('\n');
}
