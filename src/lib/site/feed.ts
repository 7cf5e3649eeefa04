/**
 * How a feed entry carries its corrections, where a reader sees them: its title says the
 * day of the last ("… (corrected on 1 December 2026)"), its text opens with each one
 * ("Corrected on 1 December 2026: …"), and `dcterms:modified` and `atom:updated` give the
 * day for the parsers that read them. RSS 2.0 has no date of change for an item, and
 * feed parsers read none of those two reliably (issue 34), so the words carry it.
 * @see https://www.rssboard.org/rss-specification · https://www.dublincore.org/specifications/dublin-core/dcmi-terms/terms/modified/
 */
import type { Correction } from '../content/schema.ts';
import { formatPlainDay, toPartialDate } from '../content/dates.ts';
import { lastCorrected } from '../model/corrections.ts';
import { outsideDateNote } from '../model/labels.ts';

/** An entry's text: the summary, and what the feed's bare date does not say (probable, or from outside the articles). */
export function feedSummary(event: {
  readonly summary: string;
  readonly dateCertainty: 'known' | 'probable';
  readonly dateFrom: 'articles' | 'outside' | 'none';
}): string {
  const notes = [
    event.dateCertainty === 'probable' ? 'The date is probable.' : '',
    outsideDateNote(event.dateFrom) ? 'The date is from outside the articles.' : '',
  ].filter(Boolean);
  return [event.summary, ...notes].join(' ');
}

/** The namespaces the feed's own elements use. */
export const FEED_NAMESPACES = { dcterms: 'http://purl.org/dc/terms/', atom: 'http://www.w3.org/2005/Atom' };

/**
 * The day the feed's content last changed: its newest event, article or correction, so that
 * two builds of the same content write the same feed (never the clock's time).
 */
export function contentLastChanged(content: {
  readonly events: readonly { readonly date: { readonly start: Date }; readonly corrections: readonly Correction[] }[];
  readonly articles: readonly {
    readonly published: { readonly start: Date };
    readonly data: { readonly corrections: readonly Correction[] };
  }[];
}): Date | undefined {
  const days = [
    ...content.events.flatMap((event) => [
      event.date.start,
      ...event.corrections.map((c) => toPartialDate(c.date).start),
    ]),
    ...content.articles.flatMap((article) => [
      article.published.start,
      ...article.data.corrections.map((c) => toPartialDate(c.date).start),
    ]),
  ];
  return days.reduce<Date | undefined>((last, day) => (last === undefined || day > last ? day : last), undefined);
}

/** The channel's own elements: its address (`atom:link rel="self"`) and `lastBuildDate`. */
export function feedChannelData(lang: string, feedUrl: string, lastChanged: Date | undefined): string {
  return [
    `<language>${lang}</language>`,
    ...(lastChanged ? [`<lastBuildDate>${lastChanged.toUTCString()}</lastBuildDate>`] : []),
    `<atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

export function correctionSentence(correction: Correction): string {
  return `Corrected on ${formatPlainDay(toPartialDate(correction.date))}: ${correction.note}`;
}

export function feedCorrections(
  title: string,
  summary: string,
  corrections: readonly Correction[],
): { title: string; description: string; customData?: string } {
  const last = lastCorrected(corrections);
  if (last === undefined) return { title, description: summary };
  const updated = toPartialDate(last);
  return {
    title: `${title} (corrected on ${formatPlainDay(updated)})`,
    description: [...corrections.map(correctionSentence), summary].join(' '),
    customData: `<dcterms:modified>${last}</dcterms:modified><atom:updated>${updated.start.toISOString()}</atom:updated>`,
  };
}

/**
 * The feed's `lastBuildDate` as a date, read from a built feed: the sitemap's `<lastmod>`
 * takes the same day, which the feed computed from the content (`contentLastChanged`).
 */
export function feedLastBuildDate(feed: string): Date | undefined {
  const date = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(feed)?.[1];
  return date === undefined ? undefined : new Date(date);
}
