import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { event, phase } from '../../src/lib/content/schema.ts';
import { buildTimeline, type TimelineEvent } from '../../src/lib/model/timeline.ts';
import {
  DAY_FONT,
  estimateTextWidth,
  fitText,
  FULL_INSET_MIN_WIDTH,
  INSET_MIN_WIDTH,
  LABEL_OFFSET,
  MIN_WORDS,
  layoutAxis,
  MAX_INSET_MARKS,
  TITLE_FONT,
} from '../../src/lib/view/axis.ts';
import { formatSpan, toPartialDate } from '../../src/lib/content/dates.ts';

/**
 * The axis of a timeline of its own (`tests/fixtures/axis/`: the events and phases of
 * December 2018 to October 2019), so that the days and labels below hold whatever
 * `content/` becomes.
 */
const FIXTURE = 'tests/fixtures/axis';
const read = <T extends z.ZodType>(file: string, schema: T) =>
  z.array(schema).parse(parse(readFileSync(`${FIXTURE}/${file}`, 'utf8')));
const phases = read('phases.yaml', phase);
const { events } = buildTimeline([], read('events.yaml', event), phases);
const DAY = 86_400_000;
const layout = layoutAxis(events);
const marks = layout.insets.flatMap((inset) => inset.marks.map((mark) => ({ inset, mark })));

/** Where a date falls on a scale that runs from `from` to `to` (both instants), in per cent. */
const at = (time: number, from: number, to: number) => ((time - from) / (to - from)) * 100;

describe('the overview of the time axis', () => {
  it('runs from December 2018 to October 2019, month by month, at true proportion', () => {
    expect(layout.span).toBe('December 2018 to October 2019');
    expect(layout.months.map((m) => m.label)).toEqual('Dec Jan Feb Mar Apr May Jun Jul Aug Sep Oct'.split(' '));
    expect(layout.years.map((y) => y.label)).toEqual(['2018', '2019']);
    const perDay = layout.months.map((m, i) => m.width / [31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31][i]!);
    for (const width of perDay) expect(width).toBeCloseTo(perDay[0]!, 9);
    expect(layout.months.at(-1)!.x + layout.months.at(-1)!.width).toBeCloseTo(100, 9);
  });

  it('shades each phase exactly from the start of its first event’s day to the end of its last', () => {
    const from = Date.UTC(2018, 11, 1);
    const to = Date.UTC(2019, 10, 1);
    const october = layout.bands.find((b) => b.id === 'october-pullout')!;
    expect(october.x).toBeCloseTo(at(Date.UTC(2019, 9, 6), from, to), 9);
    expect(october.x + october.width).toBeCloseTo(at(Date.UTC(2019, 9, 20), from, to), 9);
    for (const band of layout.bands) {
      const members = events.filter((e) => e.phase.id === band.id);
      // Every event's day inside its own band, and no other phase's.
      expect(band.days).toHaveLength(new Set(members.map((e) => e.date.iso)).size);
      for (const x of band.days) {
        expect(x).toBeGreaterThan(band.x);
        expect(x).toBeLessThan(band.x + band.width);
        for (const other of layout.bands.filter((b) => b !== band)) {
          expect(x < other.x || x > other.x + other.width).toBe(true);
        }
      }
    }
  });
});

describe('the phases drawn day by day', () => {
  it('draws every event once, in timeline order, one inset per phase', () => {
    expect(marks.map(({ mark }) => mark.id)).toEqual(events.map((e) => e.id));
    expect(layout.insets.map((i) => i.title)).toEqual(phases.map((p) => p.title));
    // A span's ends are marked as the timeline marks them: here the 20 December and 6 October
    // events are dated from outside the articles.
    expect(layout.insets.map((i) => i.span)).toEqual([
      '15–20 December 2018 (the last date from outside the articles)',
      '6–11 January 2019',
      '6–19 October 2019 (the first date from outside the articles)',
    ]);
  });

  it('puts each mark over the middle of its own day, with a day of margin either side of the phase', () => {
    for (const inset of layout.insets) {
      const members = events.filter((e) => e.phase.id === inset.id);
      const from = members[0]!.date.start.getTime() - DAY;
      const to = members.at(-1)!.date.start.getTime() + 2 * DAY;
      for (const mark of inset.marks) {
        const event = members.find((e) => e.id === mark.id)!;
        expect(mark.x, mark.id).toBeCloseTo(at(event.date.start.getTime() + DAY / 2, from, to), 9);
        expect(mark.exactDay).toBe(true);
      }
    }
  });

  it('groups marks by their dates alone: same day, same place; another day, another place', () => {
    const byDay = new Map<string, number[]>();
    for (const { mark } of marks) {
      const day = events.find((e) => e.id === mark.id)!.date.iso;
      byDay.set(day, [...(byDay.get(day) ?? []), mark.x]);
    }
    expect(byDay.get('2019-10-12')).toHaveLength(6);
    for (const xs of byDay.values()) expect(new Set(xs).size).toBe(1);
    // 15 and 19 December, 12 and 13 October: days apart, never one column.
    const place = (day: string) => byDay.get(day)![0]!;
    expect(place('2018-12-19') - place('2018-12-15')).toBeCloseTo(4 * (place('2018-12-20') - place('2018-12-19')), 9);
    expect(place('2019-10-13')).toBeGreaterThan(place('2019-10-12'));
  });

  it('labels the days with events, none closer than its neighbours allow at the narrowest width', () => {
    const october = layout.insets.find((i) => i.id === 'october-pullout')!;
    expect(october.days.filter((d) => d.label).map((d) => d.label)).toEqual(['6 Oct', '9', '12', '13', '17', '19']);
    for (const inset of layout.insets) {
      const labelled = inset.days.filter((d) => d.label);
      for (const [i, day] of labelled.entries()) {
        expect(day.hasEvent).toBe(true);
        if (i === 0) continue;
        const previous = labelled[i - 1]!;
        const apart = ((day.x - previous.x) / 100) * INSET_MIN_WIDTH;
        const needed = (estimateTextWidth(previous.label!, DAY_FONT) + estimateTextWidth(day.label!, DAY_FONT)) / 2;
        expect(apart).toBeGreaterThanOrEqual(needed);
      }
    }
  });

  it('sets each title on the side of its dot with room, fitted to the narrowest inset', () => {
    for (const { inset, mark } of marks) {
      const room = (width: number) => ((mark.side === 'after' ? 100 - mark.x : mark.x) / 100) * width - LABEL_OFFSET;
      // Within its room, or cut to the fewest words that tell the event (MIN_WORDS).
      const fits = (title: string, width: number) =>
        estimateTextWidth(title, TITLE_FONT) <= room(width) || title.split(' ').length === MIN_WORDS;
      expect(fits(mark.shortTitle, INSET_MIN_WIDTH), mark.shortTitle).toBe(true);
      const wide = inset.crowded ? FULL_INSET_MIN_WIDTH : INSET_MIN_WIDTH;
      expect(fits(mark.wideTitle, wide), mark.wideTitle).toBe(true);
      expect(mark.side).toBe(mark.x <= 50 ? 'after' : 'before');
      const event = events.find((e) => e.id === mark.id)!;
      expect(event.title.startsWith(mark.shortTitle.replace(/…$/, ''))).toBe(true);
    }
    // Room for more on a wide screen: a title is never shorter there, and some cut on a phone show more.
    for (const { mark } of marks)
      expect(mark.wideTitle.replace(/…$/, '').length).toBeGreaterThanOrEqual(mark.shortTitle.replace(/…$/, '').length);
    expect(
      marks.some(({ mark }) => mark.shortTitle !== mark.title && mark.wideTitle.length > mark.shortTitle.length),
    ).toBe(true);
  });

  it('names each mark with its date, year included, and title', () => {
    const mark = marks.find(({ mark }) => mark.id === '2019-10-13-ain-issa-camp-escape')!.mark;
    const event = events.find((e) => e.id === '2019-10-13-ain-issa-camp-escape')!;
    expect(mark.label).toBe(`Sunday 13 October 2019: ${event.title}`);
    const probable = marks.find(({ mark }) => mark.id === '2019-10-12-uk-urges-erdogan-to-halt')!.mark;
    expect(probable.label).toMatch(/^Probably Saturday 12 October 2019: /);
  });

  it('draws a month-precise event as a bar over its month, its dot in the middle', () => {
    const month: TimelineEvent = { ...events[0]!, id: 'x', date: toPartialDate('2019-02') };
    const inset = layoutAxis([month]).insets[0]!;
    const mark = inset.marks[0]!;
    expect(mark.exactDay).toBe(false);
    expect(mark.period.width).toBeCloseTo((28 / 30) * 100, 9);
    expect(mark.x).toBeCloseTo(50, 9);
  });
});

describe('fitting and spans', () => {
  it('cuts a title at a word, with an ellipsis, only where it does not fit', () => {
    expect(fitText('First US convoy leaves Rmeilan for Iraq', 1000, 13)).toBe(
      'First US convoy leaves Rmeilan for Iraq',
    );
    const cut = fitText('First US convoy leaves Rmeilan for Iraq', 120, 13);
    expect(cut).toMatch(/^First US convoy\S*…$/);
    expect(estimateTextWidth(cut, 13)).toBeLessThanOrEqual(120);
  });

  it('writes a span of days as briefly as its months and years allow', () => {
    const span = (a: string, b: string) => formatSpan(toPartialDate(a), toPartialDate(b));
    expect(span('2019-10-06', '2019-10-19')).toBe('6–19 October 2019');
    expect(span('2019-10-06', '2019-11-02')).toBe('6 October – 2 November 2019');
    expect(span('2018-12-20', '2019-01-11')).toBe('20 December 2018 – 11 January 2019');
    expect(span('2019-10-12', '2019-10-12')).toBe('12 October 2019');
  });
});

describe('the time axis of a much longer timeline', () => {
  it('draws the overview alone past MAX_INSET_MARKS events: the list holds them', () => {
    const many = Array.from({ length: MAX_INSET_MARKS + 1 }, (_, i) => ({ ...events.at(-1)!, id: `e-${i}` }));
    const big = layoutAxis([...events, ...many]);
    expect(big.insets).toHaveLength(0);
    expect(big.bands).toHaveLength(3);
  });

  it('refuses an empty timeline', () => {
    expect(() => layoutAxis([])).toThrow(/at least one event/);
  });
});

describe('an event known only to its month or year, on its phase’s day axis', () => {
  it.each(['2019', '2019-10'])('is drawn inside the inset, as a bar (not a day), when dated %s', (date) => {
    const phase = events.at(-1)!.phase.id;
    const members = events.filter((e) => e.phase.id === phase);
    const vague = { ...members.at(-1)!, id: 'vague-date', date: toPartialDate(date) };
    const inset = layoutAxis([...events, vague]).insets.find((i) => i.id === phase)!;
    const mark = inset.marks.find((m) => m.id === 'vague-date')!;
    expect(mark.exactDay).toBe(false);
    for (const { period, x } of inset.marks) {
      expect(period.x).toBeGreaterThanOrEqual(0);
      expect(period.x + period.width).toBeLessThanOrEqual(100 + 1e-9);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(100);
    }
    // The phase's days are those its events known to the day give, as without it.
    expect(inset.days).toEqual(layout.insets.find((i) => i.id === phase)!.days);
  });
});
