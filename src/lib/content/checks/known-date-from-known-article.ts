/**
 * A day reckoned from an article is only as sure as the article's own date: an event dated
 * `known` from its articles needs one of them, among those that give the day, whose own date
 * is `known`. See docs/editorial.md, rule 6.
 */
import type { CheckedArticle } from '../checked.ts';
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';
import type { ContentCheck } from './check.ts';

/** The words `dateBasis` quotes, in “curly” quotes. */
function quotedWords(basis: string): string[] {
  return [...basis.matchAll(/“([^”]+)”/g)].map((match) => normalizeText(match[1]!).toLowerCase());
}

export const knownDateFromKnownArticle: ContentCheck = {
  name: 'known-date-from-known-article',
  rule: 'an event dated `known` from its articles is reckoned from at least one article whose own date is `known`',
  run(content, files) {
    if (files.incomplete?.has('articles')) return [];
    const articlesOf = new Map<string, CheckedArticle[]>();
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        const list = articlesOf.get(claim.event) ?? [];
        if (!list.includes(article)) list.push(article);
        articlesOf.set(claim.event, list);
      }
    }
    return content.events.flatMap((event, i) => {
      if (event.dateFrom !== 'articles' || event.dateCertainty !== 'known') return [];
      const words = quotedWords(event.dateBasis ?? '');
      // The articles that give the day: by their publication day, or by the words the basis quotes.
      const giving = (articlesOf.get(event.id) ?? []).filter(
        (article) =>
          article.data.published.date === event.date ||
          words.some((quoted) => article.blocks.some((block) => normalizeText(block).toLowerCase().includes(quoted))),
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
