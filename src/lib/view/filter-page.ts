/**
 * The view models of the filters: the menu of every filter (on the timeline and on each
 * filtered page) and the filtered timeline's page, one for each value of each kind.
 */
import type { Links } from '../site/urls.ts';
import { paths } from '../site/urls.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import { formatLong } from '../content/dates.ts';
import { plural } from '../model/labels.ts';
import { FILTER_KINDS, groupFilters, type FilterKindDeclaration, type FilterKindGroups } from '../model/filters.ts';

export interface FilterLinkView {
  readonly href: string;
  readonly kind: string;
  readonly slug: string;
  readonly name: string;
  /** The filtered timeline's heading, which the in-place filter announces. */
  readonly title: string;
  readonly count: number;
  readonly current: boolean;
}

export interface FilterMenuView {
  readonly kinds: readonly {
    readonly kind: string;
    readonly label: string;
    /** Open where the page is one of its filters. */
    readonly open: boolean;
    readonly links: readonly FilterLinkView[];
  }[];
}

/** The menu of every filter; `current` is the filter of the page it is on. */
export function filterMenu(
  grouped: readonly FilterKindGroups[],
  links: Links,
  current?: { readonly kind: string; readonly slug: string },
): FilterMenuView {
  return {
    kinds: grouped.map(({ declaration, groups }) => ({
      kind: declaration.kind,
      label: declaration.label,
      open: current?.kind === declaration.kind,
      links: groups.map((group) => ({
        href: links.filter(declaration.folder, group.slug),
        kind: declaration.kind,
        slug: group.slug,
        name: group.name,
        title: declaration.title(group.name),
        count: group.events.length,
        current: current?.kind === declaration.kind && current.slug === group.slug,
      })),
    })),
  };
}

export interface FilterPageView {
  /** The route's parameters: `/<folder>/<slug>/`. */
  readonly folder: string;
  readonly slug: string;
  /** The page's path under the base, for its canonical URL. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** The kind's label, for the breadcrumb: "Who". */
  readonly kindLabel: string;
  /** "3 events, 12 October 2019 to 13 October 2019." */
  readonly lede: string;
  /** The whole timeline, for the breadcrumb and the lede. */
  readonly home: string;
  readonly menu: FilterMenuView;
  readonly events: readonly TimelineEvent[];
}

/** "12 October 2019", or "9 October 2019 to 13 October 2019". */
function span(events: readonly TimelineEvent[]): string {
  const first = events[0]!;
  const last = events.at(-1)!;
  return first === last ? formatLong(first.date) : `${formatLong(first.date)} to ${formatLong(last.date)}`;
}

/** One page for every value of every kind that has events. */
export function filterPages(
  events: readonly TimelineEvent[],
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FilterPageView[] {
  const grouped = groupFilters(events, kinds);
  return grouped.flatMap(({ declaration, groups }) =>
    groups.map((group) => {
      const title = declaration.title(group.name);
      const count = plural(group.events.length, 'event');
      const when = span(group.events);
      return {
        folder: declaration.folder,
        slug: group.slug,
        path: paths.filter(declaration.folder, group.slug),
        title,
        description: `${title}: ${count} of the US withdrawal from Syria, ${when}.`,
        kindLabel: declaration.label,
        lede: `${count}, ${when}.`,
        home: links.home(),
        menu: filterMenu(grouped, links, group),
        events: group.events,
      };
    }),
  );
}

/** An event's filters as its page lists them: "Who", "Where", "What", each with its links. */
export function eventFilterFacts(
  event: TimelineEvent,
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): { readonly label: string; readonly links: readonly { readonly href: string; readonly name: string }[] }[] {
  return kinds
    .map((declaration) => ({
      label: declaration.label,
      links: declaration
        .valuesOf(event)
        .map((value) => ({ href: links.filter(declaration.folder, value.slug), name: value.name })),
    }))
    .filter((fact) => fact.links.length > 0);
}

/** The filter links a timeline entry shows (its place), with what the in-place filter reads. */
export function entryFilterLinks(
  event: TimelineEvent,
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): Omit<FilterLinkView, 'count' | 'current'>[] {
  return kinds
    .filter((declaration) => declaration.inEntry)
    .flatMap((declaration) =>
      declaration.valuesOf(event).map((value) => ({
        href: links.filter(declaration.folder, value.slug),
        kind: declaration.kind,
        slug: value.slug,
        name: value.name,
        title: declaration.title(value.name),
      })),
    );
}
