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
  /** A claim's own small page, which a link preview can show: it links to the claim in context. */
  claimPage(eventId: string, claimId: string): string;
  article(slug: string): string;
  /** Where a claim's quote is highlighted in its article. */
  quote(articleSlug: string, claimId: string): string;
  /** A measure's own page: its chart, table and verdict. */
  measure(measure: string): string;
  /** A measure's section on the `/claims/` overview (the address measures had before their own pages). */
  measureInOverview(measure: string): string;
  person(id: string): string;
  /** A data export or its schema: `data/claims.json`. */
  data(file: string): string;
  /** A filtered timeline: `filter('actors', 'turkey')` is `/base/actors/turkey/`. */
  filter(folder: string, slug: string): string;
  search(): string;
}

export function measureAnchor(measure: string): string {
  return `measure-${measure}`;
}

/** A measure's page, under the base: `claims/<measure>/`. */
export function measurePath(measure: string): string {
  return `claims/${measure}/`;
}

/** A claim's page, under the base: `events/<event>/claims/<claim>/`. */
export function claimPagePath(eventId: string, claimId: string): string {
  return `events/${eventId}/claims/${claimId}/`;
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
    claimPage: (eventId, claimId) => href(claimPagePath(eventId, claimId)),
    article: (slug) => href(`articles/${slug}/`),
    quote: (slug, claimId) => href(`articles/${slug}/#${quoteAnchor(claimId)}`),
    measure: (measure) => href(measurePath(measure)),
    measureInOverview: (measure) => href(`claims/#${measureAnchor(measure)}`),
    person: (id) => href(`people/${id}/`),
    data: (file) => href(`data/${file}`),
    filter: (folder, slug) => href(`${folder}/${slug}/`),
    search: () => href('search/'),
  };
}
