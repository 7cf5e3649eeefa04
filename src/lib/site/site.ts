/**
 * The one site config: title, public URL, base path, description. Everything that prints
 * them reads this. `SITE_URL` and `BASE_PATH` come from the environment at build time.
 */
export interface SiteConfig {
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  readonly lang: string;
  /** The public origin, without a trailing slash: `https://example.org`. */
  readonly url: string;
  /** The base path, with leading and trailing slashes: `/` or `/syria-timeline/`. */
  readonly base: string;
}

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

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    title: 'The US withdrawal from Syria, 2018–2019',
    shortTitle: 'Syria withdrawal timeline',
    description:
      'A timeline of the US troop withdrawal from Syria, from the order of 19 December 2018 to the October 2019 pull-out, built from five news articles, claim by claim.',
    lang: 'en',
    url: normalizeSiteUrl(env.SITE_URL),
    base: normalizeBase(env.BASE_PATH),
  };
}
