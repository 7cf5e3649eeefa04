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
