/**
 * Every list page the content makes, as the permalink lock must know them: the people and
 * places indexes, each person's, filter's and measure's pages, and wherever a list is split,
 * each of its period pages. Computed by the same view models the pages are built from, so
 * the lock and the site cannot disagree on where a list page is.
 * @see src/lib/site/permalinks.ts
 */
import type { CheckedContent } from '../content/checked.ts';
import { fromEntries, toEntries } from '../content/collections.ts';
import { buildTimeline } from '../model/timeline.ts';
import { buildClaimsModel } from '../model/claims-model.ts';
import { makeLinks, paths } from '../site/urls.ts';
import { buildArticlesPages } from './articles-page.ts';
import { buildClaimsPages } from './claims-page.ts';
import { filterPages } from './filter-page.ts';
import { kindIndexes } from './folder-index.ts';
import { buildPersonPages } from './person-page.ts';
import { splitEvents, timelineParts } from './timeline-split.ts';

export function listPagePaths(content: CheckedContent, dir: string): string[] {
  const { articles, events, phases, people } = fromEntries(toEntries(content, dir));
  const timeline = buildTimeline(articles, events, phases);
  const claims = buildClaimsModel(timeline, people);
  // Paths are under the base; the base itself does not matter here.
  const links = makeLinks('/', 'http://localhost/');
  const split = splitEvents('The whole timeline', timeline.events, paths.home(), links);
  return [
    paths.people(),
    paths.places(),
    ...kindIndexes(timeline.events, links).map((page) => page.path),
    ...timelineParts(split, { links, claims }).map((page) => page.path),
    ...filterPages(timeline.events, claims, links).map((page) => page.path),
    ...buildPersonPages(claims, timeline, links).map((page) => page.path),
    ...buildClaimsPages(claims, links).measures.map((page) => page.path),
    ...buildArticlesPages(timeline.articles, links).map((page) => page.path),
  ];
}
