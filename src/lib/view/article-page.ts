/**
 * An article's page, built once per article: its header, its corrections, where it comes
 * from, its text with the quoted passages highlighted, the events it covers and its claims,
 * with the head's description, preview and structured data. The components only render it.
 */
import type { PartialDate } from '../content/dates.ts';
import type { Certainty, Correction } from '../content/schema.ts';
import { excerpt, parseMarkdown } from '../markdown/markdown.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { provenance, type ProvenanceRow } from '../model/provenance.ts';
import { outsideDateNote } from '../model/labels.ts';
import type { ArticleView, EventRef, Timeline } from '../model/timeline.ts';
import { articlePageGraph } from '../site/jsonld.ts';
import type { PagePreview } from '../site/page-meta.ts';
import { articlePreview } from '../site/previews.ts';
import type { SiteConfig } from '../site/site.ts';
import { paths, type Links } from '../site/urls.ts';
import { articleBodyHtml } from './article-html.ts';
import { claimView, type ClaimView } from './claim-view.ts';
import type { MadeLater } from './made-later.ts';
import { eachOf, type PageList } from './page-list.ts';

export interface ArticlePageView {
  readonly slug: string;
  readonly path: string;
  readonly title: string;
  /** The head's description: the article's opening words. */
  readonly description: string;
  readonly preview: PagePreview;
  readonly jsonLd: Record<string, unknown>;
  /** "The Sun (attributed)". */
  readonly publisher: string;
  /** ", in a copy from the Associated Press", where the site's copy is not the publisher's. */
  readonly via: string | undefined;
  readonly published: PartialDate;
  readonly publishedCertainty: ArticleView['publishedCertainty'];
  readonly corrections: readonly Correction[];
  /** The public record of every correction. */
  readonly correctionsHref: string;
  /** The standards and methods a correction holds the page to. */
  readonly standardsHref: string;
  readonly provenance: readonly ProvenanceRow[];
  /** The body as HTML, each quoted passage marked and linked to its claim, made as the page reads it. */
  readonly bodyHtml: MadeLater<string>;
  /** The events it reports, in timeline order. */
  readonly events: readonly ArticleEventView[];
  /** The events it only carries a related claim on: not counted as reporting them. */
  readonly relatedEvents: readonly ArticleEventView[];
  readonly claims: readonly ClaimView[];
}

export interface ArticleEventView {
  readonly date: PartialDate;
  readonly dateCertainty: Certainty;
  /** "date from outside the articles", where the day is from public reporting. */
  readonly dateNote: string;
  readonly title: string;
  readonly href: string;
}

function articleEvent(event: EventRef, links: Links): ArticleEventView {
  return {
    date: event.date,
    dateCertainty: event.dateCertainty ?? 'known',
    dateNote: outsideDateNote(event.dateFrom ?? 'articles'),
    title: event.title,
    href: links.event(event.id),
  };
}

export function buildArticlePage(
  article: ArticleView,
  timeline: Pick<Timeline, 'articles' | 'events'>,
  model: ClaimsModel,
  links: Links,
  site: SiteConfig,
): ArticlePageView {
  // The article's own events carry every title its claims need: a map of the whole
  // timeline here, once per article page, made large builds quadratic.
  const eventOf = new Map(article.events.map((event) => [event.id, event]));
  const { speakerOf } = model;
  const via = article.data.source.via;
  const related = new Set(article.relatedEvents.map((event) => event.id));
  return {
    slug: article.slug,
    path: paths.article(article.slug),
    title: article.title,
    description: excerpt(parseMarkdown(article.body)),
    preview: articlePreview(article, site),
    jsonLd: articlePageGraph(article, timeline.events, { links, speakerOf, articles: timeline.articles }),
    publisher: article.publisher,
    via: via && `, in a copy from the ${via.publisher}`,
    published: article.published,
    publishedCertainty: article.publishedCertainty,
    corrections: article.data.corrections,
    correctionsHref: links.corrections(),
    standardsHref: links.standards(),
    provenance: provenance(article.data),
    bodyHtml: articleBodyHtml(article, links),
    events: article.events.filter((event) => !related.has(event.id)).map((event) => articleEvent(event, links)),
    relatedEvents: article.relatedEvents.map((event) => articleEvent(event, links)),
    claims: article.claims.map((claim) => claimView(claim, speakerOf(claim), links, eventOf.get(claim.event))),
  };
}

/** Every article's page, oldest first, each made when asked for (`page-list.ts`). */
export function buildArticlePages(
  timeline: Pick<Timeline, 'articles' | 'events'>,
  model: ClaimsModel,
  links: Links,
  site: SiteConfig,
): PageList<ArticlePageView> {
  return eachOf(timeline.articles, (article) => buildArticlePage(article, timeline, model, links, site));
}
