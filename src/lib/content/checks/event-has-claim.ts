/** Every event is told by at least one claim: the timeline shows nothing no article says. */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const eventHasClaim: ContentCheck = {
  name: 'event-has-claim',
  rule: 'every event has a claim about it in some article',
  run(content, files) {
    if (content.articles.length === 0 || files.incomplete?.has('articles')) return [];
    const told = new Set(content.articles.flatMap((article) => article.data.claims.map((claim) => claim.event)));
    return content.events.flatMap((event, i) =>
      told.has(event.id)
        ? []
        : [new ContentError(files.events, `[${i}] (${event.id})`, 'no claim in any article is about this event')],
    );
  },
};
