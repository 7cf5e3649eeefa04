/**
 * Every event's day has a stated source (`dateFrom`): an article's publication day, its
 * words (quoted in `dateBasis`), reporting outside the articles (named in `dateBasis`), or
 * none, and then the date is only `probable`. See docs/editorial.md, rule 6.
 */
import type { CheckedArticle } from '../checked.ts';
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';
import type { ContentCheck } from './check.ts';

/** The words `dateBasis` quotes, in “curly” quotes: “On Saturday”. */
function quotedWords(basis: string): string[] {
  return [...basis.matchAll(/“([^”]+)”/g)].map((match) => normalizeText(match[1]!).toLowerCase());
}

function says(article: CheckedArticle, words: string): boolean {
  return article.blocks.some((block) => normalizeText(block).toLowerCase().includes(words));
}

export const eventDateBasis: ContentCheck = {
  name: 'event-date-basis',
  rule: 'an event dated from its articles is their publication day or quotes their words in `dateBasis`; any other date has a `dateBasis`, and one with no source is `probable`',
  run(content, files) {
    const articlesOf = new Map<string, CheckedArticle[]>();
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        const list = articlesOf.get(claim.event) ?? [];
        if (!list.includes(article)) list.push(article);
        articlesOf.set(claim.event, list);
      }
    }
    const errors: ContentError[] = [];
    content.events.forEach((event, i) => {
      const fail = (field: string, message: string) =>
        errors.push(new ContentError(files.events, `[${i}] (${event.id}).${field}`, message));
      if (event.dateFrom !== 'articles') {
        if (!event.dateBasis)
          fail('dateBasis', `is missing: a date from "${event.dateFrom}" says where the day comes from`);
        if (event.dateFrom === 'none' && event.dateCertainty !== 'probable')
          fail('dateCertainty', 'must be "probable": no article and no outside source gives this day');
        return;
      }
      const articles = articlesOf.get(event.id) ?? [];
      if (articles.length === 0 || articles.some((article) => article.data.published.date === event.date)) return;
      const words = quotedWords(event.dateBasis ?? '');
      if (!words.some((quoted) => articles.some((article) => says(article, quoted)))) {
        fail(
          'dateBasis',
          'must quote (in curly quotes) the words of its articles that give the day (it is not their publication day); or set dateFrom to "outside" or "none"',
        );
      }
    });
    return errors;
  },
};
