/**
 * An event's sources are the articles that report it: an article whose every claim on the
 * event only relates to it (`reports: false`) is not one. An event needs one that reports
 * it. See docs/editorial.md, rule 8.
 */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const eventReported: ContentCheck = {
  name: 'event-reported',
  rule: 'an event has at least one claim whose article reports it (a claim with `reports: false` only relates to it)',
  run(content, files) {
    if (files.incomplete?.has('articles')) return [];
    const related = new Set<string>();
    const reported = new Set<string>();
    for (const article of content.articles) {
      for (const claim of article.data.claims) (claim.reports ? reported : related).add(claim.event);
    }
    return content.events.flatMap((event, i) =>
      related.has(event.id) && !reported.has(event.id)
        ? [
            new ContentError(
              files.events,
              `[${i}] (${event.id})`,
              'no article reports this event: every claim on it has `reports: false`, so it has no source',
            ),
          ]
        : [],
    );
  },
};
