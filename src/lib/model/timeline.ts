/**
 * The timeline: events in their own date order, each with the claims about it from every
 * article. Built once; the index, the event pages, the article pages and the feeds all
 * read this one model.
 */
import type { Article, Claim, Correction, Event, Phase } from '../content/schema.ts';
import { comparePartialDates, monthOf, toPartialDate, yearOf, type PartialDate } from '../content/dates.ts';
import { articleVoice, publisherLabel } from './labels.ts';

export interface ArticleInput {
  readonly slug: string;
  readonly data: Article;
  readonly body: string;
}

export interface ArticleRef {
  readonly slug: string;
  readonly title: string;
  /** The publisher as pages print it: "The Sun (attributed)" where the attribution is an inference. */
  readonly publisher: string;
  /** The article as the speaker of its own statements: "the article attributed to The Sun". */
  readonly voice: string;
  readonly published: PartialDate;
  /** Whether the publication date is known or only probable. */
  readonly publishedCertainty: Article['published']['certainty'];
}

export interface ClaimInContext extends Claim {
  readonly article: ArticleRef;
}

export interface EventRef {
  readonly id: string;
  readonly title: string;
  readonly date: PartialDate;
  /** How sure the day is, where a list prints it (`known` when absent). */
  readonly dateCertainty?: Event['dateCertainty'];
  /** Where the day comes from, where a list prints it (`articles` when absent). */
  readonly dateFrom?: Event['dateFrom'];
}

export interface TimelineEvent extends EventRef {
  readonly summary: string;
  readonly place: string | undefined;
  readonly dateBasis: string | undefined;
  readonly dateCertainty: Event['dateCertainty'];
  /** Where the day comes from: `outside` is printed as from outside the articles wherever the date is. */
  readonly dateFrom: Event['dateFrom'];
  readonly phase: Phase;
  readonly actors: readonly string[];
  readonly topics: readonly string[];
  /** Every claim about the event, in order of the articles' publication. */
  readonly claims: readonly ClaimInContext[];
  /** The articles that report the event, oldest first: its sources, as pages count them. */
  readonly articles: readonly ArticleRef[];
  /** Articles that only carry a claim related to the event (`reports: false`), oldest first. */
  readonly relatedArticles: readonly ArticleRef[];
  readonly previous: EventRef | undefined;
  readonly next: EventRef | undefined;
  /** Changes to the event's page since it was first published, oldest first. */
  readonly corrections: readonly Correction[];
}

export interface TimelineMonth {
  /** `2019-10`, or the year alone for events known only to the year. */
  readonly key: string;
  readonly label: string;
  readonly events: readonly TimelineEvent[];
}

export interface TimelineYear {
  readonly year: number;
  readonly months: readonly TimelineMonth[];
}

export interface ArticleView extends ArticleRef {
  readonly data: Article;
  readonly body: string;
  readonly claims: readonly ClaimInContext[];
  /** The events its claims are about, in timeline order. */
  readonly events: readonly EventRef[];
  /**
   * Of those, the ones it only carries a related claim on (every claim `reports: false`):
   * the event's page does not count the article as reporting it.
   */
  readonly relatedEvents: readonly EventRef[];
}

export interface Timeline {
  readonly events: readonly TimelineEvent[];
  readonly articles: readonly ArticleView[];
  readonly phases: readonly Phase[];
  readonly claims: readonly ClaimInContext[];
}

export function articleRef(slug: string, data: Article): ArticleRef {
  return {
    slug,
    title: data.title,
    publisher: publisherLabel(data.source),
    voice: articleVoice(data.source, toPartialDate(data.published.date)),
    published: toPartialDate(data.published.date),
    publishedCertainty: data.published.certainty,
  };
}

const byArticleDate = (a: ArticleRef, b: ArticleRef) =>
  comparePartialDates(a.published, b.published) || a.slug.localeCompare(b.slug);

export function buildTimeline(
  articles: readonly ArticleInput[],
  events: readonly Event[],
  phases: readonly Phase[],
): Timeline {
  const refs = articles.map((a) => ({ input: a, ref: articleRef(a.slug, a.data) }));
  refs.sort((a, b) => byArticleDate(a.ref, b.ref));
  const claims: ClaimInContext[] = refs.flatMap(({ input, ref }) =>
    input.data.claims.map((claim) => ({ ...claim, article: ref })),
  );

  const phaseById = new Map(phases.map((phase) => [phase.id, phase]));
  const ordered = events
    .map((event) => ({ event, date: toPartialDate(event.date) }))
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.event.id.localeCompare(b.event.id));
  const eventRefs: EventRef[] = ordered.map(({ event, date }) => ({
    id: event.id,
    title: event.title,
    date,
    dateCertainty: event.dateCertainty,
    dateFrom: event.dateFrom,
  }));
  const eventIndex = new Map(eventRefs.map((ref, i) => [ref.id, i]));

  // Grouped once (not filtered per event): linear in events + claims at any size.
  const claimsByEvent = groupBy(claims, (claim) => claim.event);
  const claimsByArticle = groupBy(claims, (claim) => claim.article.slug);

  const timelineEvents = ordered.map(({ event, date }, i): TimelineEvent => {
    const about = claimsByEvent.get(event.id) ?? [];
    const reporting = uniqueArticles(about.filter((claim) => claim.reports));
    const phase = phaseById.get(event.phase);
    if (!phase) throw new Error(`Event ${event.id}: no phase "${event.phase}"`);
    return {
      id: event.id,
      title: event.title,
      date,
      summary: event.summary,
      place: event.place,
      dateBasis: event.dateBasis,
      dateCertainty: event.dateCertainty,
      dateFrom: event.dateFrom,
      phase,
      actors: event.actors,
      topics: event.topics,
      claims: about,
      articles: reporting,
      relatedArticles: uniqueArticles(about).filter((article) => !reporting.includes(article)),
      previous: eventRefs[i - 1],
      next: eventRefs[i + 1],
      corrections: byDate(event.corrections),
    };
  });

  const articleViews = refs.map(({ input, ref }): ArticleView => {
    const own = claimsByArticle.get(ref.slug) ?? [];
    const covered = new Set(own.map((claim) => claim.event));
    const events = [...covered].flatMap((id) => eventRefs[eventIndex.get(id) ?? -1] ?? []);
    events.sort((a, b) => eventIndex.get(a.id)! - eventIndex.get(b.id)!);
    const reported = new Set(own.filter((claim) => claim.reports).map((claim) => claim.event));
    return {
      ...ref,
      data: { ...input.data, corrections: byDate(input.data.corrections) },
      body: input.body,
      claims: own,
      events,
      relatedEvents: events.filter((event) => !reported.has(event.id)),
    };
  });

  return { events: timelineEvents, articles: articleViews, phases, claims };
}

/** Corrections oldest first, whatever order the file lists them in (the sort is stable). */
function byDate(corrections: readonly Correction[] | undefined): Correction[] {
  return [...(corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** Items by key, each group in the items' own order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function uniqueArticles(claims: readonly ClaimInContext[]): ArticleRef[] {
  const seen = new Map<string, ArticleRef>();
  for (const claim of claims) seen.set(claim.article.slug, claim.article);
  return [...seen.values()].sort(byArticleDate);
}

/** Events grouped by year, then by month, in timeline order. */
export function groupByYearAndMonth(events: readonly TimelineEvent[]): TimelineYear[] {
  const years: { year: number; months: { key: string; label: string; events: TimelineEvent[] }[] }[] = [];
  for (const event of events) {
    const year = yearOf(event.date);
    const month = monthOf(event.date) ?? { key: String(year), label: `${year}, month not known` };
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.key !== month.key) y.months.push((m = { ...month, events: [] }));
    m.events.push(event);
  }
  return years;
}
