/**
 * Corrections are dated, and the date must be one the item could have been corrected on:
 * not before it was first published, not after the day of the check.
 *
 * "First published" is, for an article, its own publication date; for an event, the
 * earliest publication date of the articles that report it (no page about the event can be
 * older than the first report of it). "Now" is an argument, so that the check tests.
 */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';
import type { Article, Correction, Event } from '../schema.ts';

export interface CorrectionsInput {
  readonly articles: readonly { readonly file: string; readonly data: Article }[];
  readonly events: readonly Event[];
}

/** The UTC calendar day of `now`, `2026-12-01`: content dates are calendar days. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The day each event was first published: its earliest article's publication date. */
export function eventFirstPublished(content: CorrectionsInput): Map<string, string> {
  const first = new Map<string, string>();
  for (const article of content.articles) {
    const published = article.data.published.date;
    for (const claim of article.data.claims) {
      const known = first.get(claim.event);
      if (known === undefined || published < known) first.set(claim.event, published);
    }
  }
  return first;
}

function checkDates(
  corrections: readonly Correction[],
  firstPublished: string | undefined,
  today: string,
  where: { file: string; field: string },
  published: string,
): ContentError[] {
  return corrections.flatMap((correction, i) => {
    const field = `${where.field}corrections[${i}].date`;
    if (firstPublished !== undefined && correction.date < firstPublished)
      return [new ContentError(where.file, field, `${correction.date} is before ${published} ${firstPublished}`)];
    if (correction.date > today)
      return [new ContentError(where.file, field, `${correction.date} is in the future (today is ${today})`)];
    return [];
  });
}

export function checkCorrections(content: CorrectionsInput, eventsFile: string, now: Date): ContentError[] {
  const today = dayOf(now);
  const firstPublished = eventFirstPublished(content);
  const forArticles = content.articles.flatMap((article) =>
    checkDates(
      article.data.corrections,
      article.data.published.date,
      today,
      { file: article.file, field: '' },
      'the article was published, on',
    ),
  );
  const forEvents = content.events.flatMap((event, i) =>
    checkDates(
      event.corrections,
      firstPublished.get(event.id),
      today,
      { file: eventsFile, field: `[${i}] (${event.id}).` },
      'the event was first reported, on',
    ),
  );
  return [...forArticles, ...forEvents];
}

export const corrections: ContentCheck = {
  name: 'corrections',
  rule: "a correction is dated between its item's first publication and the day of the check",
  run: (content, files, context) => checkCorrections(content, files.events, context.now),
};
