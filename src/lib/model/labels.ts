/**
 * The site's wording, declared once: how sure a fact is ("probably"), who an attribution
 * rests on ("attributed", "the article itself"), what a comparison found, and counts in
 * prose. Pages, previews, JSON-LD and exports take their words from here, so that a
 * probable fact reads the same everywhere.
 */
import { formatLong, formatShort, monthOf, type PartialDate } from '../content/dates.ts';
import { THE_ARTICLE, normalizeForm, type Speaker } from '../content/people.ts';
import type { Article, Certainty } from '../content/schema.ts';
import type { Verdict } from './figures.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as prose writes it: words up to ten ("five"), digits above ("1,204"). */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? count.toLocaleString('en');
}

/** "1 source" / "3 sources": a count with its noun, in digits. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "one article" / "five news articles": a count with its noun, in words. */
export function pluralInWords(count: number, one: string, many = `${one}s`): string {
  return `${countInWords(count)} ${count === 1 ? one : many}`;
}

/** "five news articles": the site's sources, counted. */
export function articlesCount(count: number): string {
  return pluralInWords(count, 'news article');
}

/**
 * "5 news articles published between December 2018 and October 2019": the site's sources,
 * from the articles themselves (oldest first), for the footer of every page.
 */
export function articlesPhrase(articles: readonly { readonly published: PartialDate }[]): string {
  const count = plural(articles.length, 'news article');
  const first = articles[0];
  const last = articles.at(-1);
  if (!first || !last) return count;
  const month = (date: PartialDate) => monthOf(date)?.label ?? formatLong(date);
  const [from, to] = [month(first.published), month(last.published)];
  return from === to ? `${count} published in ${from}` : `${count} published between ${from} and ${to}`;
}

/** "1 source" / "3 sources": how many articles speak of an event. */
export function sourcesLabel(count: number): string {
  return plural(count, 'source');
}

const CERTAINTY: Record<Certainty, string> = { known: '', probable: 'probably ' };

/** "probably The Sun" where the attribution is an inference. */
export function withCertainty(value: string, certainty: Certainty): string {
  return `${CERTAINTY[certainty]}${value}`;
}

/** "Probably The Sun": the same at the start of a sentence or a table cell. */
export function withCertaintyCapitalized(value: string, certainty: Certainty): string {
  return capitalize(withCertainty(value, certainty));
}

/** " (probably)" after a date whose day is only likely. */
export function certaintyNote(certainty: Certainty): string {
  return certainty === 'probable' ? ` (${CERTAINTY.probable.trim()})` : '';
}

/** "date from outside the articles" where an event's day comes from public reporting, not the articles. */
export function outsideDateNote(dateFrom: 'articles' | 'outside' | 'none'): string {
  return dateFrom === 'outside' ? 'date from outside the articles' : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An event's date with what the reader needs to weigh it: how sure it is, and where it comes from. */
interface DatedEvent {
  readonly date: PartialDate;
  readonly dateCertainty: Certainty;
  readonly dateFrom?: 'articles' | 'outside' | 'none';
}

/** "probably Saturday 12 October 2019", "Thursday 20 December 2018 (date from outside the articles)": mid-sentence. */
export function eventDateText(event: DatedEvent): string {
  return dayWithBasis(formatLong(event.date), event.dateCertainty, event.dateFrom ?? 'articles');
}

/** A formatted day with "probably" before it and "(date from outside the articles)" after it, where they apply. */
function dayWithBasis(day: string, certainty: Certainty, dateFrom: 'articles' | 'outside' | 'none'): string {
  const label = withCertainty(day, certainty);
  const outside = outsideDateNote(dateFrom);
  return outside ? `${label} (${outside})` : label;
}

/** "Probably Saturday 12 October 2019" where the articles give no day: for images and labels. */
export function eventDateLabel(event: DatedEvent): string {
  return capitalize(eventDateText(event));
}

/** How sure one end of a span of dates is: "probable", "from outside the articles", or nothing. */
function endQualifier(event: DatedEvent): string {
  const words = [
    event.dateCertainty === 'probable' ? 'probable' : '',
    event.dateFrom === 'outside' ? 'from outside the articles' : '',
  ];
  return words.filter(Boolean).join(', ');
}

/**
 * " (both dates probable)", " (the last date from outside the articles)": after a span of
 * dates printed bare ("6–19 October 2019"), what its ends rest on; empty where both are known
 * from the articles.
 */
export function spanCertaintyNote(first: DatedEvent, last: DatedEvent): string {
  const [from, to] = [endQualifier(first), endQualifier(last)];
  if (first === last || (first.date.iso === last.date.iso && from === to)) return from ? ` (date ${from})` : '';
  if (from && from === to) return ` (both dates ${from})`;
  const parts = [from && `the first date ${from}`, to && `the last date ${to}`].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/**
 * A figure's as-of day as a table or a verdict prints it: "probably 13 Oct 2019" where the
 * day is only likely, "12 Oct 2019 (date from outside the articles)" where it comes from
 * public reporting.
 */
export function asOfLabel(figure: {
  readonly asOf: PartialDate;
  readonly asOfCertainty: Certainty;
  readonly asOfOutside: boolean;
}): string {
  return shortDateLabel(figure.asOf, figure.asOfCertainty, figure.asOfOutside ? 'outside' : 'articles');
}

/** "probably 10 Jan 2019", "17 Oct 2019 (date from outside the articles)": a day in a list. */
export function shortDateLabel(
  date: PartialDate,
  certainty: Certainty,
  dateFrom: 'articles' | 'outside' | 'none' = 'articles',
): string {
  return dayWithBasis(formatShort(date), certainty, dateFrom);
}

/** "attributed to Kurdish officials": an attribution that is an inference. */
export function attributedTo(name: string): string {
  return `attributed to ${name}`;
}

/** The article's publisher as every page prints it: "The Sun (attributed)" where that is an inference. */
export function publisherLabel(source: Pick<Article['source'], 'publisher' | 'publisherCertainty'>): string {
  return source.publisherCertainty === 'probable' ? `${source.publisher} (attributed)` : source.publisher;
}

/**
 * The article as the speaker of its own statements, hedged where its publisher is an
 * inference: "the article attributed to The Sun", "the January article, probably an
 * Associated Press story" (a syndicated copy), "USA TODAY".
 */
export function articleVoice(
  source: Pick<Article['source'], 'publisher' | 'publisherCertainty' | 'via'>,
  published: PartialDate,
): string {
  if (source.publisherCertainty !== 'probable') return source.publisher;
  if (!source.via) return `the article attributed to ${source.publisher}`;
  const month = monthOf(published)?.label.split(' ')[0];
  const story = `probably ${/^[AEIOU]/i.test(source.publisher) ? 'an' : 'a'} ${source.publisher} story`;
  return month ? `the ${month} article, ${story}` : `the article, ${story}`;
}

/**
 * Who made a claim, as a page's title names them: the hedged article for its own statements
 * ("The article attributed to The Sun"), the article's words and the likely entry for an
 * inferred speaker ("A monitoring group (probably the Syrian Observatory for Human Rights)").
 */
export function speakerName(speaker: Speaker, article: { readonly voice: string }): string {
  if (normalizeForm(speaker.as) === THE_ARTICLE) return capitalize(article.voice);
  if (!speaker.inferred) return speaker.person.name;
  return `${capitalize(speaker.as)} (probably ${speaker.person.name.replace(/^The /, 'the ')})`;
}

/** Who made a claim, in a few words that keep an inference visible. */
export function speakerLabel(speaker: Speaker): string {
  if (normalizeForm(speaker.as) === THE_ARTICLE) return 'the article itself';
  return speaker.inferred ? attributedTo(speaker.person.name) : speaker.person.name;
}

/** Verdict words for a marker. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  single: 'one source',
  agree: 'sources agree',
  'roughly-agree': 'sources roughly agree',
  disagree: 'sources disagree',
  'change-over-time': 'figures change over time',
};

/** The symbol beside a verdict; the words say the same. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  single: '·',
  agree: '≈',
  'roughly-agree': '≈',
  disagree: '≠',
  'change-over-time': '↗',
};

/** A verdict as a sentence over the span of the figures: "Sources disagree: 100 to 950 people". */
export function verdictSummary(
  verdict: Verdict,
  range: string,
  facts: { readonly single: string; readonly from: string; readonly to: string },
): string {
  switch (verdict) {
    case 'single':
      return `One source: ${facts.single}`;
    case 'agree':
      return `Sources agree: ${range}`;
    case 'roughly-agree':
      return `Sources roughly agree: ${range}`;
    case 'disagree':
      return `Sources disagree: ${range}`;
    case 'change-over-time':
      return `Figures differ, as of different days (${facts.from} to ${facts.to}): ${range}`;
  }
}
