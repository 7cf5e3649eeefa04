/**
 * Every event's day has a stated source (`dateFrom`): an article's publication day, its
 * words (quoted in `dateBasis`), reporting outside the articles (named in `dateBasis`), or
 * none, and then the date is only `probable`. See docs/editorial.md, rule 6.
 */
import { ContentError } from '../errors.ts';
import { articleSays, articlesByEvent, quotedWords } from '../event-articles.ts';
import type { ContentCheck } from './check.ts';

export const eventDateBasis: ContentCheck = {
  name: 'event-date-basis',
  rule: 'an event dated from its articles is their publication day or quotes their words in `dateBasis`; any other date has a `dateBasis`, and one with no source is `probable`',
  run(content, files) {
    const articlesOf = articlesByEvent(content);
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
      if (!words.some((quoted) => articles.some((article) => articleSays(article, quoted)))) {
        fail(
          'dateBasis',
          'must quote (in curly quotes) the words of its articles that give the day (it is not their publication day); or set dateFrom to "outside" or "none"',
        );
      }
    });
    return errors;
  },
};
