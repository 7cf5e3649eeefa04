/**
 * The timeline as a list, ready to render: years, months and each event's entry with its
 * date, links, source count and disagreement marker worked out. The index and every filter
 * page render it; their components only read it.
 */
import type { TimelineEvent } from '../model/timeline.ts';
import { groupByYearAndMonth } from '../model/timeline.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { disputedMeasures } from '../model/comparisons.ts';
import { filterAttributes } from '../model/filters.ts';
import { certaintyNote, outsideDateNote, plural, sourcesLabel } from '../model/labels.ts';
import { datetimeAttribute, formatDayMonthYear } from '../content/dates.ts';
import { anchors, type Links } from '../site/urls.ts';
import { entryFilterLinks, type FilterLinkView } from './filter-links.ts';

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
  /** " (probably)" where the day is only likely; empty where it is known. */
  readonly certainty: string;
  /** "date from outside the articles" where no article gives the day; empty otherwise. */
  readonly outside: string;
  readonly sources: string;
  readonly disagreement: DisagreementView | undefined;
  /** The filters the entry links (its place), as `FILTER_KINDS` declares. */
  readonly filterLinks: readonly FilterLinkView[];
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
  return {
    id: anchors.entry(event.id),
    title: event.title,
    href: links.event(event.id),
    summary: event.summary,
    date: formatDayMonthYear(event.date),
    datetime: datetimeAttribute(event.date),
    certainty: certaintyNote(event.dateCertainty),
    outside: outsideDateNote(event.dateFrom),
    sources: sourcesLabel(event.articles.length),
    disagreement: disagreementOf(event.id, claims, links),
    filterLinks: entryFilterLinks(event, links),
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
