/**
 * Every internal path and fragment the site prints, declared here once. `paths` are page
 * paths under the base (`events/x/`): what the permalink lock, canonical URLs and the
 * sitemap speak of. `anchors` are the ids pages give their parts, which the `#…` links
 * point to. `makeLinks` puts the base in front, so that the base path and the
 * trailing-slash policy (always a slash on pages) hold everywhere.
 * @see https://www.w3.org/Provider/Style/URI — "Cool URIs don't change"
 */

/** Fragment ids, without the `#`. */
export const anchors = {
  /** A timeline entry on `/`: the event's own id. */
  entry: (eventId: string) => eventId,
  /** A claim on its event's page: the claim's permalink. */
  claim: (claimId: string) => `claim-${claimId}`,
  /** A claim's highlighted quote in its article. */
  quote: (claimId: string) => `quote-${claimId}`,
  /** A measure's section on the claims page, `/claims/`. */
  measure: (measure: string) => `measure-${measure}`,
  /** A measure's table on an event page. */
  eventMeasure: (measure: string) => `event-measure-${measure}`,
  /** A speaker's group of claims on an event page. */
  speaker: (personId: string) => `speaker-${personId}`,
  /** The JSON-LD node of the thing a page is about: `event` or `article`. */
  node: (kind: 'event' | 'article') => kind,
} as const;

const withAnchor = (path: string, anchor: string) => `${path}#${anchor}`;

/** The folder of the pages that other sites may frame (src/lib/site/embeds.ts). */
export const EMBED_FOLDER = 'embed';

/** The folder of the oEmbed answers, which any origin may read (src/lib/site/security.ts). */
export const OEMBED_FOLDER = 'oembed';

/** The folder Pagefind writes the search index into, beside the pages (scripts/build.ts). */
export const SEARCH_FOLDER = 'pagefind';

/**
 * The parts of the search index besides the primary one, each in a folder of its own inside
 * `SEARCH_FOLDER` and merged with it by the search page (src/lib/site/search-index.ts says
 * which pages each holds).
 */
export const SEARCH_PARTS = ['claims', 'articles'] as const;

/** Page paths (and file paths) under the base, without it. */
export const paths = {
  home: () => '',
  about: () => 'about/',
  /** The site's standards and methods: how claims, figures and dates are read. */
  standards: () => 'standards/',
  articles: () => 'articles/',
  article: (slug: string) => `articles/${slug}/`,
  /** Every event, listed: the folder of the event pages. */
  events: () => 'events/',
  event: (id: string) => `events/${id}/`,
  /** Every value of a filter kind: `filters('actors')` is `actors/`. */
  filters: (folder: string) => `${folder}/`,
  claims: () => 'claims/',
  people: () => 'people/',
  person: (id: string) => `people/${id}/`,
  /** Every place of the timeline, with the locator map. */
  places: () => 'places/',
  /** A filtered timeline: `filter('actors', 'turkey')` is `actors/turkey/`. */
  filter: (folder: string, slug: string) => `${folder}/${slug}/`,
  search: () => 'search/',
  feed: () => 'rss.xml',
  /** The public record of every correction. */
  corrections: () => 'corrections/',
  /** Embeds, for other sites' iframes, and their oEmbed files. */
  embedTimeline: () => `${EMBED_FOLDER}/timeline/`,
  embedEvent: (id: string) => `${EMBED_FOLDER}/events/${id}/`,
  embedMeasure: (measure: string) => `${EMBED_FOLDER}/claims/${measure}/`,
  oembedTimeline: () => `${OEMBED_FOLDER}/timeline.json`,
  oembedEvent: (id: string) => `${OEMBED_FOLDER}/events/${id}.json`,
  oembedMeasure: (measure: string) => `${OEMBED_FOLDER}/claims/${measure}.json`,
  /** A data export or its schema: `data/claims.json`. */
  data: (file: string) => `data/${file}`,
  /** An event's 1200×630 link-preview image. */
  eventImage: (id: string) => `og/events/${id}.png`,
  siteImage: () => 'og/site.png',
  /** An article page's 1200×630 link-preview image. */
  articleImage: (slug: string) => `og/articles/${slug}.png`,
  /** The link-preview images of `/claims/`, of a measure's page and of a claim's page. */
  claimsImage: () => 'og/claims.png',
  measureImage: (measure: string) => `og/claims/${measure}.png`,
  claimImage: (eventId: string, claimId: string) => `og/events/${eventId}/claims/${claimId}.png`,
  /** Where a claim is on its event's page: its permalink. */
  claim: (eventId: string, claimId: string) => withAnchor(paths.event(eventId), anchors.claim(claimId)),
  /** Where a claim's quote is highlighted in its article. */
  quote: (articleSlug: string, claimId: string) => withAnchor(paths.article(articleSlug), anchors.quote(claimId)),
  /** A claim's own small page, which a link preview can show; it links to the claim in context. */
  claimPage: (eventId: string, claimId: string) => `events/${eventId}/claims/${claimId}/`,
  /** A measure's own page: its figures compared across the timeline, chart, table and verdict. */
  measure: (measure: string) => `claims/${measure}/`,
  /** A measure's section on the `/claims/` overview (where measures were before their own pages). */
  measureInOverview: (measure: string) => withAnchor(paths.claims(), anchors.measure(measure)),
  /** A measure's table on one event's page. */
  eventMeasure: (eventId: string, measure: string) => withAnchor(paths.event(eventId), anchors.eventMeasure(measure)),
  /** The JSON-LD `@id` of an event and of an article. */
  eventNode: (id: string) => withAnchor(paths.event(id), anchors.node('event')),
  articleNode: (slug: string) => withAnchor(paths.article(slug), anchors.node('article')),
  /** An event's entry on the timeline. */
  entry: (eventId: string) => withAnchor(paths.home(), anchors.entry(eventId)),
} as const;

type Paths = typeof paths;

/** Each path, under the base: `links.event(id)` is `/base/events/<id>/`. */
export type Links = { readonly [K in keyof Paths]: Paths[K] } & {
  /** A path under the base: `href('about/')` is `/base/about/`. */
  href(path?: string): string;
  /** The same, absolute: `https://example.org/base/about/`. */
  absolute(path?: string): string;
};

export function makeLinks(base: string, siteUrl: string): Links {
  const href = (path = '') => `${base}${path.replace(/^\/+/, '')}`;
  const under = Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [
      name,
      (...args: string[]) => href((path as (...a: string[]) => string)(...args)),
    ]),
  ) as unknown as Paths;
  return { ...under, href, absolute: (path = '') => new URL(href(path), siteUrl).href };
}
