import { describe, expect, it } from 'vitest';
import { realContent } from './real-content.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { eventDateText, spanCertaintyNote } from '../../src/lib/model/labels.ts';
import { filterPages } from '../../src/lib/view/filter-page.ts';
import { buildEventPage } from '../../src/lib/view/event-page.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import { figureRowView } from '../../src/lib/view/measure-view.ts';

/** Dates outside the articles and probable dates are marked as such wherever a date is printed. */
const { timeline, model } = realContent();
const links = makeLinks('/', 'https://example.org');
const dated = (iso: string, dateCertainty: 'known' | 'probable', dateFrom: 'articles' | 'outside' | 'none') => ({
  date: toPartialDate(iso),
  dateCertainty,
  dateFrom,
});

describe('the marks on a date', () => {
  it('says "probably" and "date from outside the articles" in running text', () => {
    expect(eventDateText(dated('2019-10-12', 'probable', 'none'))).toMatch(/^probably \w+ 12 October 2019$/);
    expect(eventDateText(dated('2018-12-20', 'known', 'outside'))).toMatch(
      /^\w+ 20 December 2018 \(date from outside the articles\)$/,
    );
    expect(eventDateText(dated('2019-10-13', 'known', 'articles'))).toMatch(/^\w+ 13 October 2019$/);
  });

  it('tells which end of a span is probable or from outside the articles', () => {
    const known = dated('2019-10-09', 'known', 'articles');
    const probable = dated('2019-10-12', 'probable', 'none');
    const outside = dated('2019-10-17', 'known', 'outside');
    expect(spanCertaintyNote(known, known)).toBe('');
    expect(spanCertaintyNote(known, dated('2019-10-13', 'known', 'articles'))).toBe('');
    expect(spanCertaintyNote(probable, dated('2019-10-13', 'probable', 'none'))).toBe(' (both dates probable)');
    expect(spanCertaintyNote(known, outside)).toBe(' (the last date from outside the articles)');
    expect(spanCertaintyNote(probable, outside)).toBe(
      ' (the first date probable; the last date from outside the articles)',
    );
    expect(spanCertaintyNote(outside, outside)).toBe(' (date from outside the articles)');
  });
});

describe('the dates a page prints', () => {
  it('marks each end of a filter page’s span in its lede and description', () => {
    for (const page of filterPages(timeline.events, model, links).filter((p) => p.rest === undefined)) {
      const ends = [page.events[0]!, page.events.at(-1)!];
      for (const end of ends) {
        expect(page.lede, page.path).toContain(eventDateText(end));
        expect(page.description, page.path).toContain(eventDateText(end));
      }
    }
  });

  it('gives the event header and the pager what they need to mark a date', () => {
    const byId = new Map(timeline.events.map((e) => [e.id, e]));
    timeline.events.forEach((event, i) => {
      const page = buildEventPage(event, model, links, byId);
      expect(page.dateFrom).toBe(event.dateFrom);
      expect(page.dateCertainty).toBe(event.dateCertainty);
      const next = timeline.events[i + 1];
      if (next && page.next)
        expect([page.next.dateFrom, page.next.certainty]).toEqual([next.dateFrom, next.dateCertainty]);
    });
  });
});

describe('the "As of" of a figure', () => {
  it('is probable where it is its article’s own probable day, or its event’s probable day', () => {
    const rows = model.measures.flatMap((m) => m.figures);
    const onProbableDay = rows.filter(
      (f) =>
        f.asOfStated &&
        f.claim.article.publishedCertainty === 'probable' &&
        f.asOf.iso === f.claim.article.published.iso,
    );
    expect(onProbableDay.length).toBeGreaterThan(0);
    for (const f of rows) {
      const probable = onProbableDay.includes(f) || (!f.asOfStated && f.event.dateCertainty === 'probable');
      expect(figureRowView(f, links).asOfCertainty, f.claim.id).toBe(probable ? 'probable' : 'known');
    }
  });
});
