/**
 * The public record of corrections: every change to an event's or an article's page since
 * it was first published, newest first, each pointing at the page it changed.
 */
import type { Correction } from '../content/schema.ts';
import { toPartialDate, type PartialDate } from '../content/dates.ts';
import type { Timeline } from './timeline.ts';

export interface CorrectionEntry {
  readonly date: PartialDate;
  readonly note: string;
  /** What was corrected: an event's page or an article's. */
  readonly kind: 'event' | 'article';
  /** The event's id or the article's slug. */
  readonly id: string;
  readonly title: string;
}

/** The day of the latest correction, `2026-12-01`; none for an item never corrected. */
export function lastCorrected(corrections: readonly Correction[]): string | undefined {
  return corrections.reduce<string | undefined>(
    (last, c) => (last === undefined || c.date > last ? c.date : last),
    undefined,
  );
}

/** Every correction on the site, newest first; on one day, in timeline order, events before articles. */
export function allCorrections(timeline: Timeline): CorrectionEntry[] {
  const entries = [
    ...timeline.events.flatMap((event) =>
      event.corrections.map((c) => ({ ...c, kind: 'event' as const, id: event.id, title: event.title })),
    ),
    ...timeline.articles.flatMap((article) =>
      article.data.corrections.map((c) => ({ ...c, kind: 'article' as const, id: article.slug, title: article.title })),
    ),
  ];
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.order - b.order)
    .map(({ entry }): CorrectionEntry => ({ ...entry, date: toPartialDate(entry.date) }));
}
