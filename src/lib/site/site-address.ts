/**
 * The site's public address and base path as the environment gives them, apart from the
 * rest of the site config: the build script reads them before Astro starts, and should not
 * load the date library (and the memory it takes, for the whole build) to do it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** `syria-timeline`, `/syria-timeline` and `/syria-timeline/` all mean `/syria-timeline/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function normalizeSiteUrl(url: string | undefined): string {
  const value = (url ?? '').trim() || DEFAULT_SITE_URL;
  const parsed = new URL(value);
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`SITE_URL must be an http(s) URL, got "${value}"`);
  return parsed.origin;
}

/**
 * The base path a `SITE_URL` names, for a site under a path (a GitHub Pages project site:
 * `https://user.github.io/repo/` is `/repo/`); `/` for an origin alone. `BASE_PATH` may say
 * the same; a different one is refused, naming both, rather than one dropped without a word.
 */
export function siteBase(env: Readonly<Record<string, string | undefined>>): string {
  const raw = (env.SITE_URL ?? '').trim();
  const fromUrl = raw ? normalizeBase(decodeURI(new URL(raw).pathname)) : '/';
  const given = env.BASE_PATH?.trim() ? normalizeBase(env.BASE_PATH) : undefined;
  if (given !== undefined && fromUrl !== '/' && given !== fromUrl)
    throw new Error(
      `SITE_URL (${raw}) names the path ${fromUrl} but BASE_PATH is ${given}: give the path in one of them, or the same in both`,
    );
  return given ?? fromUrl;
}

/** Whether an address is this machine's (`localhost`, `127.0.0.1`, `[::1]`): a build to look at here, not to publish. */
export function isLocalAddress(url: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
}
