/**
 * An event page's whole view model, built once per event: the header and lede, where the
 * sources disagree, the figures and every claim by speaker, then the supporting facts, the
 * articles and the neighbouring events with their dates. The components only render it.
 */
import type { PartialDate } from '../content/dates.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { disputedMeasures, figureText } from '../model/comparisons.ts';
import { plural, sourcesLabel, speakerLabel } from '../model/labels.ts';
import { groupBySpeaker } from '../model/speaker-groups.ts';
import type { ArticleRef, ArticleView, EventRef, TimelineEvent } from '../model/timeline.ts';
import { eventPageGraph } from '../site/jsonld.ts';
import type { PagePreview } from '../site/page-meta.ts';
import { eventPreview } from '../site/previews.ts';
import { paths, type Links } from '../site/urls.ts';
import { claimView, type ClaimView, type ShareView } from './claim-view.ts';
import { measureView, type MeasureView } from './measure-view.ts';
import type { Place } from '../model/places.ts';
import { mapFigure, type MapFigureView } from './place-map.ts';
import { eventFilterFacts } from './filter-links.ts';
import { eachOf, type PageList } from './page-list.ts';

export interface LinkView {
  readonly text: string;
  readonly href: string;
}

/** A neighbouring event in the pager: its title and its date. */
export interface PagerLink extends LinkView {
  readonly date: PartialDate;
  readonly certainty: TimelineEvent['dateCertainty'];
  readonly dateFrom: TimelineEvent['dateFrom'];
}

export type ArticleLinkView = LinkView & {
  readonly publisher: string;
  readonly date: PartialDate;
  readonly certainty: 'known' | 'probable';
};

export interface EventPageView {
  readonly id: string;
  /** The page's JSON-LD graph: the event, its claims and the articles that report it. */
  readonly jsonLd: Record<string, unknown>;
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  readonly date: PartialDate;
  readonly dateCertainty: TimelineEvent['dateCertainty'];
  /** Where the day comes from: a day from public reporting is printed as one. */
  readonly dateFrom: TimelineEvent['dateFrom'];
  readonly preview: PagePreview;
  readonly breadcrumb: { readonly timelineHref: string; readonly phase: string };
  /** "3 sources". */
  readonly sources: string;
  /** Where the sources disagree about this event, each linking to the figures below. */
  readonly disputes: readonly { readonly label: string; readonly summary: string; readonly href: string }[];
  /** "Sources disagree on 1 figure", linking to the first; absent where they do not. */
  readonly disagreement: { readonly text: string; readonly href: string; readonly title: string } | undefined;
  readonly share: ShareView;
  /** Corrections and updates made since the event was first published, oldest first. */
  readonly corrections: TimelineEvent['corrections'];
  /** The public record of every correction. */
  readonly correctionsHref: string;
  /** The standards and methods a correction holds the page to. */
  readonly standardsHref: string;
  /** A long page's contents, linking its sections; none where the page is short enough to see whole. */
  readonly contents: readonly { readonly text: string; readonly href: string }[] | undefined;
  readonly figures:
    | {
        readonly allHref: string;
        /** Measures with figures from more than one source, disagreements first. */
        readonly compared: readonly MeasureView[];
        readonly single: readonly {
          readonly label: string;
          readonly figure: string;
          readonly href: string;
          readonly source: string;
        }[];
        readonly singleHeading: string;
      }
    | undefined;
  readonly speakers: readonly {
    readonly id: string;
    readonly name: string;
    readonly href: string;
    readonly claims: readonly ClaimView[];
  }[];
  readonly facts: readonly { readonly label: string; readonly links: readonly LinkView[] }[];
  /** The locator map with the event's place standing out; absent where the place is not on it. */
  readonly map: MapFigureView | undefined;
  readonly phase: string;
  readonly dateBasis: string | undefined;
  /** The articles that report the event: its sources. */
  readonly articles: readonly ArticleLinkView[];
  /** Articles that only carry a claim related to the event; not counted as its sources. */
  readonly relatedArticles: readonly ArticleLinkView[];
  readonly previous: PagerLink | undefined;
  readonly next: PagerLink | undefined;
}

export function buildEventPage(
  event: TimelineEvent,
  model: ClaimsModel,
  links: Links,
  neighbours: ReadonlyMap<string, TimelineEvent>,
  places: readonly Place[] = [],
  articles: readonly ArticleView[] = [],
  entryHref: (eventId: string) => string = links.entry,
): EventPageView {
  const measures = model.forEvent(event.id);
  const compared = measures
    .filter((m) => m.figures.length > 1)
    .sort((a, b) => Number(b.verdict === 'disagree') - Number(a.verdict === 'disagree'));
  const single = measures.filter((m) => m.figures.length === 1);
  const disputed = disputedMeasures(measures);
  const sectionHref = (measure: string) => links.eventMeasure(event.id, measure);
  const pager = (ref: EventRef | undefined): PagerLink | undefined => {
    if (!ref) return undefined;
    const full = neighbours.get(ref.id);
    return {
      text: ref.title,
      href: links.event(ref.id),
      date: ref.date,
      certainty: full?.dateCertainty ?? 'known',
      dateFrom: full?.dateFrom ?? 'articles',
    };
  };
  return {
    id: event.id,
    jsonLd: eventPageGraph(event, { links, speakerOf: model.speakerOf, articles }),
    path: paths.event(event.id),
    title: event.title,
    summary: event.summary,
    corrections: event.corrections,
    correctionsHref: links.corrections(),
    standardsHref: links.standards(),
    contents: isLong(event, measures.length)
      ? [
          ...(measures.length > 0 ? [{ text: 'The figures', href: '#event-figures-heading' }] : []),
          { text: 'Who said what', href: '#by-speaker-heading' },
          { text: 'Articles', href: '#articles-heading' },
        ]
      : undefined,
    date: event.date,
    dateCertainty: event.dateCertainty,
    dateFrom: event.dateFrom,
    preview: eventPreview(event),
    breadcrumb: { timelineHref: entryHref(event.id), phase: event.phase.title },
    sources: sourcesLabel(event.articles.length),
    disputes: disputed.map((m) => ({ label: m.label, summary: m.summary, href: sectionHref(m.measure) })),
    disagreement: disputed[0] && {
      text: `Sources disagree on ${plural(disputed.length, 'figure')}`,
      href: sectionHref(disputed[0].measure),
      title: disputed.map((m) => `${m.label}: ${m.summary}`).join('; '),
    },
    share: {
      href: links.event(event.id),
      url: links.absolute(links.event(event.id)),
      title: event.title,
      kind: 'event',
    },
    figures:
      measures.length === 0
        ? undefined
        : {
            allHref: links.claims(),
            compared: compared.map((m) => measureView(m, links)),
            single: single.flatMap((m) =>
              m.figures.map((f) => ({
                label: m.label,
                figure: figureText(f.given, f.unit),
                href: links.claim(f.claim.event, f.claim.id),
                source: `${speakerLabel(f.speaker)}, in ${f.claim.article.publisher}`,
              })),
            ),
            singleHeading: compared.length > 0 ? 'Figures from one source only' : 'Figures, each from one source',
          },
    speakers: groupBySpeaker(event.claims, model.speakerOf).map((group) => ({
      id: group.person.id,
      name: group.person.name,
      href: links.person(group.person.id),
      claims: group.claims.map(({ claim, speaker }) => claimView(claim, speaker, links)),
    })),
    facts: eventFilterFacts(event, links),
    map: mapOf(event, places, links),
    phase: event.phase.title,
    dateBasis: event.dateBasis,
    articles: event.articles.map((article) => articleLink(article, links)),
    relatedArticles: event.relatedArticles.map((article) => articleLink(article, links)),
    previous: pager(event.previous),
    next: pager(event.next),
  };
}

function articleLink(article: ArticleRef, links: Links): ArticleLinkView {
  return {
    text: article.title,
    href: links.article(article.slug),
    publisher: article.publisher,
    date: article.published,
    certainty: article.publishedCertainty,
  };
}

/** Past this many claims, or with any figures, a page gets its contents list: the claims' cards are many Tab stops. */
const LONG_PAGE_CLAIMS = 6;

function isLong(event: TimelineEvent, measures: number): boolean {
  return measures > 0 || event.claims.length >= LONG_PAGE_CLAIMS;
}

function mapOf(event: TimelineEvent, places: readonly Place[], links: Links): MapFigureView | undefined {
  const place = places.find((p) => p.events.includes(event));
  return place?.position ? mapFigure(places, links, place) : undefined;
}

/**
 * Every event's page, each made when asked for (`page-list.ts`), sharing one index of the
 * events for the pager, and the places for the map.
 */
export function buildEventPages(
  events: readonly TimelineEvent[],
  model: ClaimsModel,
  links: Links,
  places: readonly Place[] = [],
  articles: readonly ArticleView[] = [],
  /** Where the event's entry is on the timeline: on `/`, or on its period's page where the timeline is split. */
  entryHref: (eventId: string) => string = links.entry,
): PageList<EventPageView> {
  const byId = new Map(events.map((event) => [event.id, event]));
  return eachOf(events, (event) => buildEventPage(event, model, links, byId, places, articles, entryHref));
}
