/** Every claim is about an event of `events.yaml`. */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const knownEvent: ContentCheck = {
  name: 'known-event',
  rule: "a claim's event is one of events.yaml",
  run(content, files) {
    if (files.incomplete?.has('events')) return [];
    const eventIds = new Set(content.events.map((event) => event.id));
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) =>
        eventIds.has(claim.event)
          ? []
          : [
              new ContentError(
                article.file,
                `claims[${i}] (${claim.id}).event`,
                `no event "${claim.event}" in ${files.events}`,
              ),
            ],
      ),
    );
  },
};
