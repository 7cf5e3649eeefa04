/**
 * The timeline as a list, ready to render: years, months and each event's entry with its
 * date, links, source count and disagreement marker worked out. The index and every filter
 * page render it; their components only read it.
 */
import type { TimelineEvent } from '../model/timeline.ts';
import { groupByYearAndMonth } from '../model/timeline.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { disputedMeasures } from '../model/comparisons.ts';
import { FILTER_KINDS, filterAttributes, filtersOf, filterTitle, folderOf } from '../model/filters.ts';
import type { FilterGroup, FilterKind } from '../model/filters.ts';
import { plural, sourcesLabel } from '../model/labels.ts';
import { datetimeAttribute, formatDayMonthYear } from '../content/dates.ts';
import { anchors, type Links } from '../site/urls.ts';

/** A link that the filter script can also apply in place on the index. */
export interface FilterLinkView {
  readonly name: string;
  readonly href: string;
  readonly kind: FilterKind;
  readonly slug: string;
  /** "Events in Ain Issa": the filter's status line. */
  readonly title: string;
}

/** "Sources disagree on 1 figure", linking to the first such figure on the event's page. */
export interface DisagreementView {
  readonly text: string;
  readonly href: string;
  /** Every disputed measure with its summary, for a tooltip. */
  readonly detail: string;
}

export interface EntryView {
  /** The entry's id on the page: what a `#…` link to it names. */
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly summary: string;
  /** "13 October 2019": with the year, since a reader may land on the entry from the axis. */
  readonly date: string;
  readonly datetime: string;
  readonly probable: boolean;
  readonly sources: string;
  readonly disagreement: DisagreementView | undefined;
  readonly place: FilterLinkView | undefined;
  /** `data-actor`, `data-place`, `data-topic`: what the filter script matches. */
  readonly filters: Record<string, string>;
}

export interface MonthView {
  readonly key: string;
  readonly label: string;
  readonly entries: readonly EntryView[];
}

export interface YearView {
  readonly year: number;
  readonly months: readonly MonthView[];
}

export interface FilterNavView {
  readonly kinds: readonly {
    readonly kind: FilterKind;
    readonly label: string;
    readonly open: boolean;
    readonly groups: readonly (FilterLinkView & { readonly count: number; readonly current: boolean })[];
  }[];
}

export interface EntryContext {
  readonly links: Links;
  readonly claims: ClaimsModel;
}

export function disagreementOf(eventId: string, claims: ClaimsModel, links: Links): DisagreementView | undefined {
  const disputed = disputedMeasures(claims.forEvent(eventId));
  const first = disputed[0];
  if (!first) return undefined;
  return {
    text: `Sources disagree on ${plural(disputed.length, 'figure')}`,
    href: links.eventMeasure(eventId, first.measure),
    detail: disputed.map((m) => `${m.label}: ${m.summary}`).join('; '),
  };
}

export function entryOf(event: TimelineEvent, { links, claims }: EntryContext): EntryView {
  const place = filtersOf(event).find((f) => f.kind === 'place');
  return {
    id: anchors.entry(event.id),
    title: event.title,
    href: links.event(event.id),
    summary: event.summary,
    date: formatDayMonthYear(event.date),
    datetime: datetimeAttribute(event.date),
    probable: event.dateCertainty === 'probable',
    sources: sourcesLabel(event.articles.length),
    disagreement: disagreementOf(event.id, claims, links),
    place: place && {
      name: place.name,
      href: links.filter(folderOf('place'), place.slug),
      kind: 'place',
      slug: place.slug,
      title: filterTitle(place),
    },
    filters: filterAttributes(event),
  };
}

export function timelineYears(events: readonly TimelineEvent[], context: EntryContext): YearView[] {
  return groupByYearAndMonth(events).map((year) => ({
    year: year.year,
    months: year.months.map((month) => ({
      key: month.key,
      label: month.label,
      entries: month.events.map((event) => entryOf(event, context)),
    })),
  }));
}

/** The "Browse by who, where and what" links; the current page's filter, if any, open and marked. */
export function filterNav(
  groups: Record<FilterKind, FilterGroup[]>,
  links: Links,
  current?: { kind: FilterKind; slug: string },
): FilterNavView {
  return {
    kinds: FILTER_KINDS.map(({ kind, label }) => ({
      kind,
      label,
      open: current?.kind === kind,
      groups: groups[kind].map((group) => ({
        name: group.name,
        href: links.filter(folderOf(kind), group.slug),
        kind,
        slug: group.slug,
        title: filterTitle(group),
        count: group.events.length,
        current: current?.kind === kind && current.slug === group.slug,
      })),
    })),
  };
}
