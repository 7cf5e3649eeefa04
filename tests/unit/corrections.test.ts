import { describe, expect, it } from 'vitest';
import { checkCorrections, dayOf, eventFirstPublished } from '../../src/lib/content/checks/corrections.ts';
import { article as articleSchema, event as eventSchema } from '../../src/lib/content/schema.ts';

const article = (published: string, corrections: unknown[] = []) => ({
  file: 'content/articles/a.md',
  data: articleSchema.parse({
    title: 'A headline',
    published,
    source: { publisher: 'USA TODAY' },
    claims: [
      { id: 'c1', event: '2019-10-13-e', by: 'the article', says: 'It happened there.', quote: 'It happened there' },
    ],
    corrections,
  }),
});
const event = (corrections: unknown[] = []) =>
  eventSchema.parse({
    id: '2019-10-13-e',
    date: '2019-10-13',
    title: 'An event',
    summary: 'It happened.',
    phase: 'p',
    corrections,
  });

const NOW = new Date('2026-12-01T23:30:00Z');

describe('the corrections check', () => {
  it('takes the day of the check in UTC, whatever the time of day', () => {
    expect(dayOf(new Date('2026-12-01T23:59:59-05:00'))).toBe('2026-12-02');
    expect(dayOf(NOW)).toBe('2026-12-01');
  });

  it('dates an event’s first publication by its earliest article', () => {
    const later = { ...article('2019-10-20'), file: 'content/articles/b.md' };
    expect(eventFirstPublished({ articles: [later, article('2019-10-14')], events: [] }).get('2019-10-13-e')).toBe(
      '2019-10-14',
    );
  });

  it('accepts corrections from the day of publication up to today', () => {
    const content = {
      articles: [article('2019-10-14', [{ date: '2019-10-14', note: 'Same day.' }])],
      events: [event([{ date: '2026-12-01', note: 'Today.' }])],
    };
    expect(checkCorrections(content, 'content/events.yaml', NOW)).toEqual([]);
  });

  it('refuses a correction dated after the day of the check', () => {
    const content = { articles: [article('2019-10-14')], events: [event([{ date: '2026-12-02', note: 'Tomorrow.' }])] };
    const [error, ...rest] = checkCorrections(content, 'content/events.yaml', NOW);
    expect(rest).toEqual([]);
    expect(error?.message).toBe(
      'content/events.yaml: [0] (2019-10-13-e).corrections[0].date: 2026-12-02 is in the future (today is 2026-12-01)',
    );
    // The same content passes a day later: "now" decides, not the clock.
    expect(checkCorrections(content, 'content/events.yaml', new Date('2026-12-02T00:00:00Z'))).toEqual([]);
  });

  it('refuses a correction dated before the item was first published', () => {
    const content = {
      articles: [article('2019-10-14', [{ date: '2019-10-13', note: 'Too early.' }])],
      events: [event([{ date: '2019-10-13', note: 'Before the first report.' }])],
    };
    expect(checkCorrections(content, 'content/events.yaml', NOW).map((e) => e.message)).toEqual([
      'content/articles/a.md: corrections[0].date: 2019-10-13 is before the article was published, on 2019-10-14',
      'content/events.yaml: [0] (2019-10-13-e).corrections[0].date: 2019-10-13 is before the event was first reported, on 2019-10-14',
    ]);
  });
});
