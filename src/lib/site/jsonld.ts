/**
 * Structured data for event and article pages (schema.org in JSON-LD), built from the
 * same view models as the page, so that it says what the page says and no more: a
 * publisher or author that is only probable is left out, and the reason given instead.
 * @see https://schema.org/Claim
 * @see https://schema.org/NewsArticle
 */
import type { ArticleView, ClaimInContext, TimelineEvent } from '../model/timeline.ts';
import type { Speaker } from '../content/people.ts';
import { paths, type Links } from './urls.ts';
import type { Correction } from '../content/schema.ts';
import { lastCorrected } from '../model/corrections.ts';

type Node = Record<string, unknown>;

export interface JsonLdContext {
  readonly links: Links;
  readonly speakerOf: (claim: ClaimInContext) => Speaker;
  readonly articles: readonly ArticleView[];
}

function organisation(name: string): Node {
  return { '@type': 'Organization', name };
}

/**
 * The article as its publisher put it out, with only what is known of it: a publisher,
 * author or date that is only probable is left out, and `backstory` (defined for
 * `Article`) says what is inferred and why. An address that is not the publisher's own
 * page (`urlNote`) is no `url`: the note says where the same text is. Nothing is known of
 * the original's image or of any later change by its publisher, so neither is given.
 */
function originalArticle(article: ArticleView): Node {
  const { source, published } = article.data;
  const known = (certainty: string) => certainty === 'known';
  const otherAddress = source.url && source.urlNote ? `${source.urlNote} (${source.url})` : undefined;
  const notes = [published.note, source.note, otherAddress].filter(Boolean).join(' ');
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    ...(known(published.certainty) ? { datePublished: published.date } : {}),
    ...(known(source.publisherCertainty) ? { publisher: organisation(source.publisher) } : {}),
    ...(source.author && known(source.authorCertainty) ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.url && !source.urlNote ? { url: source.url } : {}),
    ...(notes ? { backstory: notes } : {}),
  };
}

/**
 * This site's page of an article: a page of this site, based on the article as published
 * (for a syndicated copy, on the copy, itself based on the original), so that no consumer
 * reads the page as the outlet's own. Its image is the page's own preview; `dateModified`
 * is that of its last correction, where it has one.
 */
export function newsArticle(article: ArticleView, links: Links): Node {
  const { source } = article.data;
  const original = originalArticle(article);
  // The copy carries no date of its own (the article's date is the original's).
  const basedOn: Node = source.via
    ? {
        '@type': 'NewsArticle',
        headline: source.via.title ?? article.title,
        publisher: organisation(source.via.publisher),
        ...(source.via.url ? { url: source.via.url } : {}),
        isBasedOn: original,
      }
    : original;
  const modified = lastCorrected(article.data.corrections);
  return {
    '@type': 'WebPage',
    '@id': links.absolute(paths.articleNode(article.slug)),
    url: links.absolute(paths.article(article.slug)),
    name: article.title,
    image: links.absolute(paths.articleImage(article.slug)),
    ...(modified ? { dateModified: modified } : {}),
    isBasedOn: basedOn,
  };
}

/**
 * An event's place, where the content names one (an article's words for it). The events
 * without one are those whose articles say no place (a resignation, a phone call, a
 * statement): a location is not made up for them.
 */
export function eventNode(event: TimelineEvent, links: Links): Node {
  return {
    '@type': 'Event',
    '@id': links.absolute(paths.eventNode(event.id)),
    name: event.title,
    description: event.summary,
    startDate: event.date.iso,
    ...(event.place ? { location: { '@type': 'Place', name: event.place } } : {}),
    url: links.absolute(paths.event(event.id)),
  };
}

/**
 * A speaker known only by inference is no `author`: schema.org has no property for how sure
 * an attribution is (`backstory` is for an `Article`), so the claim has none, and its page
 * says the attribution is inferred.
 */
export function claimNode(claim: ClaimInContext, ctx: JsonLdContext): Node {
  const speaker = ctx.speakerOf(claim);
  const author = {
    '@type': speaker.person.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.person.name,
    url: ctx.links.absolute(paths.person(speaker.person.id)),
  };
  return {
    '@type': 'Claim',
    '@id': ctx.links.absolute(paths.claim(claim.event, claim.id)),
    name: claim.says,
    text: claim.quote,
    ...(speaker.inferred ? {} : { author }),
    appearance: { '@id': ctx.links.absolute(paths.articleNode(claim.article.slug)) },
    about: { '@id': ctx.links.absolute(paths.eventNode(claim.event)) },
  };
}

/**
 * The page itself, once it has been corrected: `dateModified` and each correction. They
 * belong to this site's page, not to the event (not a creative work) nor to the news
 * article (its publisher changed nothing).
 * @see https://schema.org/correction
 */
export function correctedPage(url: string, about: string, corrections: readonly Correction[]): Node[] {
  const modified = lastCorrected(corrections);
  if (modified === undefined) return [];
  return [
    {
      '@type': 'WebPage',
      '@id': url,
      url,
      about: { '@id': about },
      dateModified: modified,
      correction: corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.note })),
    },
  ];
}

export function eventPageGraph(event: TimelineEvent, ctx: JsonLdContext): Node {
  const articles = picked(
    ctx.articles,
    (a) => a.slug,
    // The related articles too: each claim's appearance is an article of the graph.
    [...event.articles, ...event.relatedArticles].map((ref) => ref.slug),
  );
  return {
    '@context': 'https://schema.org',
    '@graph': [
      eventNode(event, ctx.links),
      ...correctedPage(
        ctx.links.absolute(paths.event(event.id)),
        ctx.links.absolute(paths.eventNode(event.id)),
        event.corrections,
      ),
      ...articles.map((a) => newsArticle(a, ctx.links)),
      ...event.claims.map((c) => claimNode(c, ctx)),
    ],
  };
}

/** Each list's positions of each key, made once per list: every page of the build asks it. */
const positions = new WeakMap<readonly object[], Map<string, number[]>>();

/**
 * The items of `all` whose key is among `keys`, in the order of `all`: what
 * `all.filter((item) => keys.includes(key(item)))` gives, without reading all of `all` for
 * every page (at 10,000 events, every article page read every event).
 */
function picked<T extends object>(all: readonly T[], key: (item: T) => string, keys: readonly string[]): T[] {
  let at = positions.get(all);
  if (!at) {
    const made = new Map<string, number[]>();
    all.forEach((item, i) => made.set(key(item), [...(made.get(key(item)) ?? []), i]));
    positions.set(all, (at = made));
  }
  const found = new Set(keys.flatMap((k) => at.get(k) ?? []));
  return [...found].sort((a, b) => a - b).map((i) => all[i]!);
}

export function articlePageGraph(article: ArticleView, events: readonly TimelineEvent[], ctx: JsonLdContext): Node {
  const covered = picked(
    events,
    (e) => e.id,
    article.events.map((ref) => ref.id),
  );
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        ...newsArticle(article, ctx.links),
        about: covered.map((e) => ({ '@id': ctx.links.absolute(paths.eventNode(e.id)) })),
      },
      ...correctedPage(
        ctx.links.absolute(paths.article(article.slug)),
        ctx.links.absolute(paths.articleNode(article.slug)),
        article.data.corrections,
      ),
      ...covered.map((e) => eventNode(e, ctx.links)),
      ...article.claims.map((c) => claimNode(c, ctx)),
    ],
  };
}

/** JSON for a `<script>` element: `<` escaped, so no text can close the element early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
