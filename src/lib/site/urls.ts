/**
 * Every internal URL the site prints, built in one place so that the base path and the
 * trailing-slash policy (always a slash on pages) hold everywhere.
 */
export interface Links {
  /** A path under the base: `href('about/')` is `/base/about/`. */
  href(path?: string): string;
  /** The same, absolute: `https://example.org/base/about/`. */
  absolute(path?: string): string;
  home(): string;
  event(id: string): string;
  claim(eventId: string, claimId: string): string;
  article(slug: string): string;
  /** Where a claim's quote is highlighted in its article. */
  quote(articleSlug: string, claimId: string): string;
  /** A measure's section on the claims page. */
  measure(measure: string): string;
  person(id: string): string;
  /** A data export or its schema: `data/claims.json`. */
  data(file: string): string;
  /** A filtered timeline: `filter('actors', 'turkey')` is `/base/actors/turkey/`. */
  filter(folder: string, slug: string): string;
  search(): string;
  /** The public record of every correction. */
  corrections(): string;
}

export function measureAnchor(measure: string): string {
  return `measure-${measure}`;
}

export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

export function quoteAnchor(claimId: string): string {
  return `quote-${claimId}`;
}

export function makeLinks(base: string, siteUrl: string): Links {
  const href = (path = '') => `${base}${path.replace(/^\/+/, '')}`;
  return {
    href,
    absolute: (path = '') => new URL(href(path), siteUrl).href,
    home: () => href(''),
    event: (id) => href(`events/${id}/`),
    claim: (eventId, claimId) => href(`events/${eventId}/#${claimAnchor(claimId)}`),
    article: (slug) => href(`articles/${slug}/`),
    quote: (slug, claimId) => href(`articles/${slug}/#${quoteAnchor(claimId)}`),
    measure: (measure) => href(`claims/#${measureAnchor(measure)}`),
    person: (id) => href(`people/${id}/`),
    data: (file) => href(`data/${file}`),
    filter: (folder, slug) => href(`${folder}/${slug}/`),
    search: () => href('search/'),
    corrections: () => href('corrections/'),
  };
}
