/**
 * Each page type's view model, built once for the whole build from the timeline and the
 * claims model (src/lib/view/): the routes hand one to their components as props.
 */
import { getClaims, getPlaces, getTimeline, links, site } from './timeline.ts';
import { buildArticlePages, type ArticlePageView } from '../lib/view/article-page.ts';
import { buildClaimsPages, type ClaimsPages } from '../lib/view/claims-page.ts';
import { buildClaimPages, type ClaimPageView } from '../lib/view/claim-page.ts';
import { buildEventPages, type EventPageView } from '../lib/view/event-page.ts';
import { buildPersonPages, type PersonPageView } from '../lib/view/person-page.ts';
import { buildPlacesPage, type PlacesPageView } from '../lib/view/places-page.ts';
import { filterPages, type FilterPageView } from '../lib/view/filter-page.ts';
import { buildTimelinePage, type TimelinePage } from '../lib/view/timeline-page.ts';
import {
  entryLink,
  splitEvents,
  timelineParts as buildTimelineParts,
  type SplitEvents,
  type TimelinePartView,
} from '../lib/view/timeline-split.ts';
import { paths } from '../lib/site/urls.ts';
import { buildArticlesPages, type ArticlesPageView } from '../lib/view/articles-page.ts';
import {
  embedControl,
  embedFrame,
  pageFrame,
  type EmbedControlView,
  type EmbedFrame,
  type FrameInput,
  type PageFrame,
} from '../lib/view/page-frame.ts';
import type { EmbedTarget } from '../lib/site/embeds.ts';

let claimsPages: Promise<ClaimsPages> | undefined;
let claimPages: Promise<ClaimPageView[]> | undefined;
let eventPages: Promise<EventPageView[]> | undefined;
let personPages: Promise<PersonPageView[]> | undefined;
let placesPage: Promise<PlacesPageView> | undefined;
let filteredPages: Promise<FilterPageView[]> | undefined;
let articlePages: Promise<ArticlePageView[]> | undefined;
let timelineSplit: Promise<SplitEvents> | undefined;
let timelinePage: Promise<TimelinePage> | undefined;
let timelineParts: Promise<TimelinePartView[]> | undefined;
let articlesPages: Promise<ArticlesPageView[]> | undefined;

/** The timeline's pages: `/` alone where it fits, else `/` and a page per year or month. */
export function getTimelineSplit(): Promise<SplitEvents> {
  timelineSplit ??= getTimeline().then((timeline) =>
    splitEvents('The whole timeline', timeline.events, paths.home(), links),
  );
  return timelineSplit;
}

/** `/`: the lede, the disputes, and the timeline or, where it is split, its years. */
export function getTimelinePage(): Promise<TimelinePage> {
  timelinePage ??= Promise.all([getTimeline(), getClaims(), getTimelineSplit()]).then(([timeline, claims, split]) =>
    buildTimelinePage({ title: site.title, timeline, claims, links, split }),
  );
  return timelinePage;
}

/** The timeline's year and month pages, where it is split. */
export function getTimelineParts(): Promise<TimelinePartView[]> {
  timelineParts ??= Promise.all([getClaims(), getTimelineSplit()]).then(([claims, split]) =>
    buildTimelineParts(split, { links, claims }),
  );
  return timelineParts;
}

/** `/claims/` and every measure's page. */
export function getClaimsPages(): Promise<ClaimsPages> {
  claimsPages ??= getClaims().then((model) => buildClaimsPages(model, links));
  return claimsPages;
}

/** Each claim's own page. */
export function getClaimPages(): Promise<ClaimPageView[]> {
  claimPages ??= Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    buildClaimPages(timeline, model, links),
  );
  return claimPages;
}

/** Every event's page, in timeline order. */
export function getEventPages(): Promise<EventPageView[]> {
  eventPages ??= Promise.all([getTimeline(), getClaims(), getPlaces(), getTimelineSplit()]).then(
    ([timeline, model, places, split]) =>
      buildEventPages(timeline.events, model, links, places, timeline.articles, entryLink(split, links)),
  );
  return eventPages;
}

/** Every person's and organisation's page. */
export function getPersonPages(): Promise<PersonPageView[]> {
  personPages ??= Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    buildPersonPages(model, timeline, links),
  );
  return personPages;
}

/** `/places/`: the map and every place with its events. */
export function getPlacesPage(): Promise<PlacesPageView> {
  placesPage ??= Promise.all([getTimeline(), getPlaces()]).then(([timeline, places]) =>
    buildPlacesPage(places, new Map(timeline.events.map((event) => [event.id, event.title])), links),
  );
  return placesPage;
}

/** Every filtered timeline: each value of each kind in `FILTER_KINDS`. */
export function getFilterPages(): Promise<FilterPageView[]> {
  filteredPages ??= Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    filterPages(timeline.events, model, links),
  );
  return filteredPages;
}

/** Every article's page, oldest first. */
export function getArticlePages(): Promise<ArticlePageView[]> {
  articlePages ??= Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    buildArticlePages(timeline, model, links, site),
  );
  return articlePages;
}

/** `/articles/`, and where the articles are too many for one page, a page per period. */
export function getArticlesPages(): Promise<ArticlesPageView[]> {
  articlesPages ??= getTimeline().then((timeline) => buildArticlesPages(timeline.articles, links));
  return articlesPages;
}
/** A page's head, header and footer, for its layout. */
export const frame = (input: FrameInput): PageFrame => pageFrame(input, site, links);

/** An embed page's head and its links back to the full page. */
export const frameOfEmbed = (target: EmbedTarget, page: { description: string; path: string }): EmbedFrame =>
  embedFrame(target, page, site, links);

/** The "Embed" control for the page that `target` embeds. */
export const embedControlOf = (target: EmbedTarget): EmbedControlView => embedControl(target, site, links);
