/**
 * An article is dated near the events it reports: at most `MAX_REPORTING_LAG_DAYS` after
 * the latest of them. An article dated 2031 among 2018's events is a typo, refused here by
 * its own date rather than only through an event's `dateBasis`. A fixed rule of the
 * content, not the day of the build: the same content is accepted or refused whenever it
 * is built (a rule against "today" would also let a typo of next year pass for a year).
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parsePartialDate } from '../dates.ts';
import { ContentError } from '../errors.ts';
import { MAX_REPORTING_LAG_DAYS } from '../limits.ts';
import type { ContentCheck } from './check.ts';

export const articleDate: ContentCheck = {
  name: 'article-date',
  rule: `an article is published at most ${MAX_REPORTING_LAG_DAYS} days after the latest event it reports`,
  run(content) {
    const eventDates = new Map(content.events.map((event) => [event.id, parsePartialDate(event.date)?.start]));
    return content.articles.flatMap((article) => {
      const published = parsePartialDate(article.data.published.date)?.start;
      const reported = article.data.claims.flatMap((claim) => eventDates.get(claim.event) ?? []);
      if (!published || reported.length === 0) return [];
      const latest = new Date(Math.max(...reported.map((date) => date.getTime())));
      const lag = differenceInCalendarDays(published, latest);
      if (lag <= MAX_REPORTING_LAG_DAYS) return [];
      const day = latest.toISOString().slice(0, 10);
      return [
        new ContentError(
          article.file,
          'published',
          `is ${lag.toLocaleString('en')} days after the latest event it reports (${day}); an article is dated within ${MAX_REPORTING_LAG_DAYS} days of its events: is the year a typo?`,
        ),
      ];
    });
  },
};
