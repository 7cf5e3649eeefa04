/**
 * Each page type's view model, made from the timeline and the claims model (src/lib/view/):
 * the routes hand one to their components as props. The model is made once for the build;
 * the lists of view models are remembered only while a route is using them (`one`), and the
 * event, claim and article pages are made one at a time (`PageList`): nothing holds every
 * page's view model at once (src/data/routes.ts).
 */
import { getClaims, getPlaces, getTimeline, links, site, trust } from './timeline.ts';
import { buildArticlePages, type ArticlePageView } from '../lib/view/article-page.ts';
import { buildClaimsPages, type ClaimsPages } from '../lib/view/claims-page.ts';
import { buildClaimPages, type ClaimPageView } from '../lib/view/claim-page.ts';
import { buildEventPages, type EventPageView } from '../lib/view/event-page.ts';
import { buildPersonPages, type PersonPageView } from '../lib/view/person-page.ts';
import { buildPlacesPage, type PlacesPageView } from '../lib/view/places-page.ts';
import { filterPages, type FilterPageView } from '../lib/view/filter-page.ts';
import { eventsIndex, kindIndexes, type FolderIndexView } from '../lib/view/folder-index.ts';
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
import { one, type PageList } from '../lib/view/page-list.ts';

let timelineSplit: Promise<SplitEvents> | undefined;

/** The timeline's pages: `/` alone where it fits, else `/` and a page per year or month. */
export function getTimelineSplit(): Promise<SplitEvents> {
  // Kept for the whole build: every event page links to its entry in one of these pages.
  timelineSplit ??= getTimeline().then((timeline) =>
    splitEvents('The whole timeline', timeline.events, paths.home(), links),
  );
  return timelineSplit;
}

/** `/`: the lede, the disputes, and the timeline or, where it is split, its years. */
export const getTimelinePage = one((): Promise<TimelinePage> =>
  Promise.all([getTimeline(), getClaims(), getTimelineSplit()]).then(([timeline, claims, split]) =>
    buildTimelinePage({ title: site.title, timeline, claims, links, split }),
  ),
);

/** The timeline's year and month pages, where it is split. */
export const getTimelineParts = one((): Promise<TimelinePartView[]> =>
  Promise.all([getClaims(), getTimelineSplit()]).then(([claims, split]) =>
    buildTimelineParts(split, { links, claims }),
  ),
);

/** `/claims/` and every measure's page. */
export const getClaimsPages = one((): Promise<ClaimsPages> =>
  getClaims().then((model) => buildClaimsPages(model, links)),
);

/** Each claim's own page. */
export const getClaimPages = one((): Promise<PageList<ClaimPageView>> =>
  Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) => buildClaimPages(timeline, model, links)),
);

/** Every event's page, in timeline order. */
export const getEventPages = one((): Promise<PageList<EventPageView>> =>
  Promise.all([getTimeline(), getClaims(), getPlaces(), getTimelineSplit()]).then(([timeline, model, places, split]) =>
    buildEventPages(timeline.events, model, links, places, timeline.articles, entryLink(split, links)),
  ),
);

/** Every person's and organisation's page. */
export const getPersonPages = one((): Promise<PersonPageView[]> =>
  Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) => buildPersonPages(model, timeline, links)),
);

/** `/places/`: the map and every place with its events. */
export const getPlacesPage = one((): Promise<PlacesPageView> =>
  Promise.all([getTimeline(), getPlaces()]).then(([timeline, places]) =>
    buildPlacesPage(places, new Map(timeline.events.map((event) => [event.id, event.title])), links),
  ),
);

/** Every filtered timeline: each value of each kind in `FILTER_KINDS`. */
export const getFilterPages = one((): Promise<FilterPageView[]> =>
  Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) => filterPages(timeline.events, model, links)),
);

/** Every article's page, oldest first. */
export const getArticlePages = one((): Promise<PageList<ArticlePageView>> =>
  Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    buildArticlePages(timeline, model, links, site),
  ),
);

/** `/articles/`, and where the articles are too many for one page, a page per period. */
export const getArticlesPages = one((): Promise<ArticlesPageView[]> =>
  getTimeline().then((timeline) => buildArticlesPages(timeline.articles, links)),
);

/** `/events/`: every event, or where they are too many, the timeline's periods. */
export const getEventsIndex = (): Promise<FolderIndexView> =>
  Promise.all([getTimeline(), getTimelineSplit()]).then(([timeline, split]) =>
    eventsIndex(timeline.events, split, links),
  );

/** `/actors/`, `/topics/`: every value of a filter kind without a page of its own design. */
export const getKindIndexes = (): Promise<FolderIndexView[]> =>
  getTimeline().then((timeline) => kindIndexes(timeline.events, links));

/** A page's head, header and footer, for its layout. */
export const frame = (input: FrameInput): PageFrame => pageFrame(input, site, links, trust);

/** An embed page's head and its links back to the full page. */
export const frameOfEmbed = (target: EmbedTarget, page: { description: string; path: string }): EmbedFrame =>
  embedFrame(target, page, site, links);

/** The "Embed" control for the page that `target` embeds. */
export const embedControlOf = (target: EmbedTarget): EmbedControlView => embedControl(target, site, links);
