import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/load.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { layoutAxis, stackIntervals, estimateTextWidth } from '../../src/lib/axis.ts';

const { content } = checkContentDir('content');
const { events } = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);
const WIDTHS = [350, 600, 880];

describe('stacking intervals', () => {
  it('keeps apart intervals that touch, and reuses a row once it is free', () => {
    const rows = stackIntervals([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 8, end: 18 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect(rows).toEqual([0, 1, 2, 0, 0]);
  });
});

describe('the time axis of the real timeline', () => {
  it('runs from December 2018 to October 2019, month by month', () => {
    const layout = layoutAxis(events, { width: 880 });
    expect(layout.months.map((m) => m.label)).toEqual(
      ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct'],
    );
    expect(layout.years.map((y) => y.label)).toEqual(['2018', '2019']);
    expect(layout.months.filter((m) => m.newYear)).toHaveLength(1);
  });

  it('is at true proportion: a day is as wide in the quiet months as in October', () => {
    const layout = layoutAxis(events, { width: 880 });
    const perDay = layout.months.map((m, i) => m.width / [31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31][i]!);
    for (const width of perDay) expect(width).toBeCloseTo(perDay[0]!, 6);
    // Between 11 January and 6 October: about 268 days of nothing, most of the axis.
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    const gap = byId.get('2019-10-06-trump-erdogan-call')!.x - byId.get('2019-01-11-coalition-begins-withdrawal')!.x;
    expect(gap).toBeCloseTo(268 * perDay[0]!, 0);
  });

  it('draws every event once, inside the axis', () => {
    for (const width of WIDTHS) {
      const layout = layoutAxis(events, { width });
      expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
      for (const mark of layout.marks) {
        expect(mark.x - layout.markRadius).toBeGreaterThanOrEqual(0);
        expect(mark.x + layout.markRadius).toBeLessThanOrEqual(width);
        expect(mark.y - layout.markRadius).toBeGreaterThan(0);
        expect(mark.y + layout.markRadius).toBeLessThan(layout.baseline);
      }
    }
  });

  it('keeps the crowded days legible: no two marks overlap, even the eight of 12 and 13 October', () => {
    for (const width of WIDTHS) {
      const { marks, markRadius } = layoutAxis(events, { width });
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          const distance = Math.hypot(a.x - b.x, a.y - b.y);
          expect(distance, `${a.id} and ${b.id} at width ${width}`).toBeGreaterThanOrEqual(2 * markRadius);
        }
      }
      const oct12 = marks.filter((m) => m.id.startsWith('2019-10-12'));
      expect(new Set(oct12.map((m) => m.row)).size).toBe(oct12.length);
    }
  });

  it('names every phase, with labels that neither overlap nor leave the drawing', () => {
    for (const width of WIDTHS) {
      const layout = layoutAxis(events, { width, fontSize: 13 });
      expect(layout.phases.map((p) => p.title)).toEqual(content.phases.map((p) => p.title));
      const boxes = layout.phases.map((p) => ({ x: p.labelX, y: p.labelY, w: estimateTextWidth(p.title, 13) }));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(width);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.y !== b.y || a.x + a.w <= b.x || b.x + b.w <= a.x;
          expect(apart, `labels at width ${width}`).toBe(true);
        }
      }
    }
  });

  it('shades each phase from its first event to the end of its last day', () => {
    const layout = layoutAxis(events, { width: 880 });
    const october = layout.phases.find((p) => p.id === 'october-pullout')!;
    const first = layout.marks.find((m) => m.id === '2019-10-06-trump-erdogan-call')!;
    const last = layout.marks.find((m) => m.id === '2019-10-19-esper-troops-to-iraq')!;
    expect(october.x).toBeLessThan(first.x);
    expect(october.x + october.width).toBeGreaterThan(last.x);
  });

  it('labels each mark with its date and title, for screen readers', () => {
    const mark = layoutAxis(events, { width: 350 }).marks.find((m) => m.id === '2019-10-13-ain-issa-camp-escape');
    expect(mark?.label).toBe('Sunday 13 October 2019: IS relatives escape the Ain Issa camp');
  });

  it('refuses an empty timeline', () => {
    expect(() => layoutAxis([], { width: 300 })).toThrow(/at least one event/);
  });
});
