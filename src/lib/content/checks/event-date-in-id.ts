/** An event's id starts with its date, so that its permalink sorts and reads by date. */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const eventDateInId: ContentCheck = {
  name: 'event-date-in-id',
  rule: 'an event id starts with the event\'s own date',
  run(content, files) {
    return content.events.flatMap((event, i) =>
      event.id.startsWith(`${event.date}-`)
        ? []
        : [new ContentError(files.events, `[${i}] (${event.id}).id`, `must start with its date "${event.date}-"`)],
    );
  },
};
