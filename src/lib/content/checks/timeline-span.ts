/** The events fit one time axis: at most `MAX_TIMELINE_YEARS` from the first to the last. */
import { ContentError } from '../errors.ts';
import { parsePartialDate } from '../dates.ts';
import { MAX_TIMELINE_YEARS } from '../limits.ts';
import type { ContentCheck } from './check.ts';

export const timelineSpan: ContentCheck = {
  name: 'timeline-span',
  rule: `the events span at most ${MAX_TIMELINE_YEARS} years`,
  run(content, files) {
    const dated = content.events.flatMap((event, i) => {
      const date = parsePartialDate(event.date);
      return date ? [{ event, i, year: date.start.getUTCFullYear() }] : [];
    });
    if (dated.length === 0) return [];
    const first = dated.reduce((a, b) => (b.year < a.year ? b : a));
    return dated
      .filter(({ year }) => year - first.year > MAX_TIMELINE_YEARS)
      .slice(0, 1)
      .map(
        ({ event, i }) =>
          new ContentError(
            files.events,
            `[${i}] (${event.id}).date`,
            `is more than ${MAX_TIMELINE_YEARS} years after the first event (${first.event.id}): the timeline cannot span that`,
          ),
      );
  },
};
