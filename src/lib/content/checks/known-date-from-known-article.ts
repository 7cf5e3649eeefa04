/**
 * A day reckoned from an article is only as sure as the article's own date: an event dated
 * `known` from its articles needs one of them, among those that give the day, whose own date
 * is `known`. See docs/editorial.md, rule 6.
 */
import { ContentError } from '../errors.ts';
import { articleSays, articlesByEvent, quotedWords } from '../event-articles.ts';
import type { ContentCheck } from './check.ts';

export const knownDateFromKnownArticle: ContentCheck = {
  name: 'known-date-from-known-article',
  rule: 'an event dated `known` from its articles is reckoned from at least one article whose own date is `known`',
  run(content, files) {
    if (files.incomplete?.has('articles')) return [];
    const articlesOf = articlesByEvent(content);
    return content.events.flatMap((event, i) => {
      if (event.dateFrom !== 'articles' || event.dateCertainty !== 'known') return [];
      const words = quotedWords(event.dateBasis ?? '');
      // The articles that give the day: by their publication day, or by the words the basis quotes.
      const giving = (articlesOf.get(event.id) ?? []).filter(
        (article) =>
          article.data.published.date === event.date ||
          words.some((quoted) => articleSays(article, quoted)),
      );
      if (giving.length === 0 || giving.some((article) => article.data.published.certainty === 'known')) return [];
      return [
        new ContentError(
          files.events,
          `[${i}] (${event.id}).dateCertainty`,
          `must be "probable": the day is reckoned from ${giving.map((a) => a.slug).join(', ')}, whose own date is only probable (or set dateFrom to "outside" and name the outside source)`,
        ),
      ];
    });
  },
};
