/**
 * The one site config: title, public URL, base path, description. Everything that prints
 * them reads this. `SITE_URL` and `BASE_PATH` come from the environment at build time;
 * the description counts the articles, so it is made from the content (`describeSite`).
 */
import type { PartialDate } from '../content/dates.ts';
import { articlesCount, articlesPhrase } from '../model/labels.ts';
import { isLocalAddress, normalizeSiteUrl, siteBase } from './site-address.ts';

export { DEFAULT_SITE_URL, isLocalAddress, normalizeBase, normalizeSiteUrl } from './site-address.ts';

export interface SiteIdentity {
  readonly title: string;
  readonly shortTitle: string;
  readonly lang: string;
  /** The public origin, without a trailing slash: `https://example.org`. */
  readonly url: string;
  /** The base path, with leading and trailing slashes: `/` or `/syria-timeline/`. */
  readonly base: string;
  /**
   * A build for this machine (its address is localhost): every page says so and asks not to
   * be indexed, so such a build cannot be taken for one to publish (issue 32).
   */
  readonly local: boolean;
}

export interface SiteConfig extends SiteIdentity {
  /** The site's description for search engines, link previews and the feed. */
  readonly description: string;
  /** What the site is built from, for the footer: "5 news articles published between …". */
  readonly sources: string;
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteIdentity {
  return {
    title: 'The US withdrawal from Syria, 2018–2019',
    shortTitle: 'Syria withdrawal timeline',
    lang: 'en',
    url: normalizeSiteUrl(env.SITE_URL),
    base: siteBase(env),
    local: isLocalAddress(normalizeSiteUrl(env.SITE_URL)),
  };
}

/** The site config with the words that depend on the content: its articles, oldest first. */
export function describeSite(
  identity: SiteIdentity,
  content: { readonly articles: readonly { readonly published: PartialDate }[] },
): SiteConfig {
  return {
    ...identity,
    description: `A timeline of the US troop withdrawal from Syria, from the order of 19 December 2018 to the October 2019 pull-out, built from ${articlesCount(content.articles.length)}, claim by claim.`,
    sources: articlesPhrase(content.articles),
  };
}
