/**
 * The filtered timeline's page, one for each value of each kind in `FILTER_KINDS`: its
 * title, lede and description, its events as the timeline lists them, and the menu of
 * every filter with its own open and marked.
 */
import type { Links } from '../site/urls.ts';
import { paths } from '../site/urls.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { eventDateText, plural } from '../model/labels.ts';
import { FILTER_KINDS, groupFilters, type FilterKindDeclaration } from '../model/filters.ts';
import { filterNav, type FilterNavView } from './filter-links.ts';
import { timelineYears, type YearView } from './timeline-entries.ts';
import { countEvents, splitEvents } from './timeline-split.ts';
import type { SplitNavView } from './split-nav.ts';

export interface FilterPageView {
  /** The route's parameters: `/<folder>/<slug>/`. */
  readonly folder: string;
  readonly slug: string;
  /** The filter's kind (`actor`), which the in-place filter keeps while others narrow it. */
  readonly kind: string;
  /** What the page lists, inside a sentence: "events involving Turkey". */
  readonly scope: string;
  /** The page's path under the base, for its canonical URL. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** The kind's label, for the breadcrumb: "Who". */
  readonly kindLabel: string;
  /** The kind's index page (`/places/`, `/actors/`), which the label links to. */
  readonly kindHref: string;
  /** "3 events, 12 October 2019 to 13 October 2019." */
  readonly lede: string;
  /** The whole timeline, for the breadcrumb and the lede. */
  readonly home: string;
  readonly years: readonly YearView[];
  readonly nav: FilterNavView;
  /** The page's events, in timeline order. */
  readonly events: readonly TimelineEvent[];
  /** After `/<folder>/<slug>/`, a period's segments (`2019/10`) where the list is split; `undefined` on its first page. */
  readonly rest: string | undefined;
  /** Where the list is split: the way up, the periods, previous and next. */
  readonly split: SplitNavView | undefined;
}

/**
 * "probably Saturday 12 October 2019", or "Wednesday 9 October 2019 to Sunday 13 October 2019":
 * each end marked as the timeline marks it, probable or from outside the articles.
 */
function span(events: readonly TimelineEvent[]): string {
  const first = events[0]!;
  const last = events.at(-1)!;
  return first === last ? eventDateText(first) : `${eventDateText(first)} to ${eventDateText(last)}`;
}

/** One page for every value of every kind that has events. */
export function filterPages(
  events: readonly TimelineEvent[],
  claims: ClaimsModel,
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FilterPageView[] {
  const grouped = groupFilters(events, kinds);
  return grouped.flatMap(({ declaration, groups }) =>
    groups.flatMap((group) => {
      const title = declaration.title(group.name);
      const count = plural(group.events.length, 'event');
      const when = span(group.events);
      const path = paths.filter(declaration.folder, group.slug);
      const split = splitEvents(title, group.events, path, links);
      const first: FilterPageView = {
        folder: declaration.folder,
        slug: group.slug,
        kind: declaration.kind,
        scope: title.replace(/^Events /, 'events '),
        path,
        title,
        description: `${title}: ${count} of the US withdrawal from Syria, ${when}.`,
        kindLabel: declaration.label,
        kindHref: links.href(paths.filters(declaration.folder)),
        lede: `${count}, ${when}.`,
        home: links.home(),
        years: split.split ? [] : timelineYears(group.events, { links, claims }),
        nav: filterNav(grouped, links, group),
        events: group.events,
        rest: undefined,
        split: split.split ? split.parts[0]!.nav : undefined,
      };
      const periods = split.parts
        .filter(({ rest }) => rest !== undefined)
        .map(({ part, rest, path: partPath, nav }): FilterPageView => ({
          ...first,
          path: partPath,
          title: `${title}, ${part.label}`,
          description: `${title}, ${part.label}: ${countEvents(part.count)} of the US withdrawal from Syria.`,
          lede: `${countEvents(part.count)} in ${part.label}.`,
          years: timelineYears(part.items, { links, claims }),
          events: part.items,
          rest,
          split: nav,
        }));
      return [first, ...periods];
    }),
  );
}
