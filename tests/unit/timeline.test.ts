import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { buildTimeline, groupByYearAndMonth } from '../../src/lib/model/timeline.ts';
import type { Event } from '../../src/lib/content/schema.ts';

const { content } = checkContentDir('content');
const timeline = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);

describe('the timeline of the real content', () => {
  it('has every article in content/articles, at least 12 events and at least 40 claims', () => {
    expect(timeline.articles).toHaveLength(readdirSync('content/articles').filter((f) => f.endsWith('.md')).length);
    expect(timeline.events.length).toBeGreaterThanOrEqual(12);
    expect(timeline.claims.length).toBeGreaterThanOrEqual(40);
  });

  it('runs from the December 2018 order to the October 2019 pull-out, in date order', () => {
    const dates = timeline.events.map((e) => e.date.start.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(timeline.events.some((e) => e.id === '2019-10-13-ain-issa-camp-escape')).toBe(true);
  });

  it('gives every event a claim, and links neighbours both ways', () => {
    timeline.events.forEach((event, i) => {
      expect(event.claims.length, event.id).toBeGreaterThan(0);
      expect(event.previous?.id).toBe(timeline.events[i - 1]?.id);
      expect(event.next?.id).toBe(timeline.events[i + 1]?.id);
    });
  });

  it('counts as sources of the Ain Issa escape only the articles that report it', () => {
    const escape = timeline.events.find((e) => e.id === '2019-10-13-ain-issa-camp-escape')!;
    const reporting = new Set(escape.claims.filter((c) => c.reports).map((c) => c.article.slug));
    const relatedOnly = escape.claims.filter((c) => !reporting.has(c.article.slug)).map((c) => c.article.slug);
    expect(escape.articles.map((a) => a.slug).sort()).toEqual([...reporting].sort());
    expect(escape.relatedArticles.map((a) => a.slug).sort()).toEqual([...new Set(relatedOnly)].sort());
    // The Sun's "hundreds of ISIS affiliated prisoners breaking out Kurd-run camps" names no camp.
    expect(escape.articles.map((a) => a.slug)).not.toContain('2019-10-20-us-moves-troops-to-iraq');
    expect(escape.relatedArticles.map((a) => a.slug)).toContain('2019-10-20-us-moves-troops-to-iraq');
  });
});

describe('ordering and grouping', () => {
  const event = (id: string, date: string): Event =>
    ({
      id,
      date,
      dateCertainty: 'known',
      dateFrom: 'articles',
      title: id,
      summary: 's',
      phase: 'p',
      actors: [],
      topics: [],
      corrections: [],
    }) as Event;
  const phases = [{ id: 'p', title: 'P', summary: 's' }];

  it('orders by the event’s own date, never by the order of the file', () => {
    const t = buildTimeline(
      [],
      [event('2019-10-13-b', '2019-10-13'), event('2018-12-19-a', '2018-12-19'), event('2019-10-a', '2019-10')],
      phases,
    );
    expect(t.events.map((e) => e.id)).toEqual(['2018-12-19-a', '2019-10-a', '2019-10-13-b']);
  });

  it('breaks ties between events of one day by id, so the order is stable', () => {
    const t = buildTimeline([], [event('2019-10-13-z', '2019-10-13'), event('2019-10-13-a', '2019-10-13')], phases);
    expect(t.events.map((e) => e.id)).toEqual(['2019-10-13-a', '2019-10-13-z']);
  });

  it('groups by year, then month; a year-only event gets its own group', () => {
    const t = buildTimeline(
      [],
      [
        event('2018-12-19-a', '2018-12-19'),
        event('2019-x', '2019'),
        event('2019-10-13-b', '2019-10-13'),
        event('2019-10-14-c', '2019-10-14'),
      ],
      phases,
    );
    const years = groupByYearAndMonth(t.events);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.label, m.events.length])])).toEqual([
      [2018, [['December 2018', 1]]],
      [
        2019,
        [
          ['2019, month not known', 1],
          ['October 2019', 2],
        ],
      ],
    ]);
  });
});

describe('what an article reference says of its origin', () => {
  const bySlug = (slug: string) => timeline.articles.find((a) => a.slug === slug)!;

  it('marks a publisher that is only inferred, and leaves a known one as it is', () => {
    expect(bySlug('2019-10-20-us-moves-troops-to-iraq').publisher).toBe('The Sun (attributed)');
    expect(bySlug('2019-01-11-us-official-says-withdrawal-has-begun').publisher).toBe('Associated Press (attributed)');
    expect(bySlug('2019-10-13-hundreds-of-is-relatives-escape-camp').publisher).toBe('BBC News');
  });

  it('carries the certainty of the publication date to every claim', () => {
    expect(bySlug('2019-10-20-us-moves-troops-to-iraq').publishedCertainty).toBe('probable');
    const claim = timeline.claims.find((c) => c.article.slug === '2019-10-20-us-moves-troops-to-iraq')!;
    expect(claim.article.publishedCertainty).toBe('probable');
    expect(bySlug('2019-10-13-trump-pulls-remaining-us-troops').publishedCertainty).toBe('known');
  });
});

describe("an article's events", () => {
  it('sets apart, as related, the events it only carries claims of `reports: false` on', () => {
    for (const article of timeline.articles) {
      const reported = new Set(article.claims.filter((c) => c.reports).map((c) => c.event));
      const related = article.relatedEvents.map((e) => e.id);
      expect(related, article.slug).toEqual(article.events.map((e) => e.id).filter((id) => !reported.has(id)));
      // An event page counts the article among its sources exactly where it is not related.
      for (const event of timeline.events.filter((e) => article.events.some((a) => a.id === e.id))) {
        expect(
          event.articles.some((a) => a.slug === article.slug),
          `${article.slug} ${event.id}`,
        ).toBe(!related.includes(event.id));
      }
    }
  });
});
