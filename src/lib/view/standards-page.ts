/**
 * `/standards/`: the rules the site's words follow (from docs/editorial.md) and its methods,
 * every count in them taken from the content, never written: how many articles and from
 * how many publishers, how many claims and figures, how many dates are only probable.
 */
import type { Timeline } from '../model/timeline.ts';
import { articlesCount, plural } from '../model/labels.ts';

export interface StandardsCounts {
  /** "five news articles". */
  readonly articles: string;
  /** "4 publishers". */
  readonly publishers: string;
  readonly events: string;
  readonly claims: string;
  /** Claims that give a number: "52 figures". */
  readonly figures: string;
  /** Events whose day is only probable. */
  readonly probableEvents: string;
  /** Articles whose publication day is only probable. */
  readonly probableArticles: string;
}

export function standardsCounts(timeline: Timeline): StandardsCounts {
  const publishers = new Set(timeline.articles.map((a) => a.data.source.publisher));
  return {
    articles: articlesCount(timeline.articles.length),
    publishers: plural(publishers.size, 'publisher'),
    events: plural(timeline.events.length, 'event'),
    claims: plural(timeline.claims.length, 'claim'),
    figures: plural(timeline.claims.filter((c) => c.figure).length, 'figure'),
    probableEvents: plural(timeline.events.filter((e) => e.dateCertainty === 'probable').length, 'event'),
    probableArticles: plural(timeline.articles.filter((a) => a.publishedCertainty === 'probable').length, 'article'),
  };
}
