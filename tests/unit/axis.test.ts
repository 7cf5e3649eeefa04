import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/load.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import { layoutAxis, MAX_COLUMN_HEIGHT, stackIntervals, estimateTextWidth } from '../../src/lib/view/axis.ts';
import { densestRun, spreadApart } from '../../src/lib/view/axis-columns.ts';

const { content } = checkContentDir('content');
const { events } = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);
const WIDTHS = [350, 600, 880];
/** The drawings on `/`, each with the narrowest CSS width it is shown at (TimeAxis.astro). */
const DRAWINGS = [
  { width: 350, minDisplayWidth: 288 },
  { width: 600, minDisplayWidth: 589 },
  { width: 880, minDisplayWidth: 864 },
];

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

describe('moving crowded columns apart', () => {
  it('leaves points that are far enough apart where they are', () => {
    expect(spreadApart([10, 50, 90], 24, 0, 100)).toEqual([10, 50, 90]);
  });

  it('counts the most points that stand within a window of one another', () => {
    expect(densestRun([], 10)).toBe(0);
    expect(densestRun([0, 20, 40], 10)).toBe(1);
    expect(densestRun([0, 1, 2, 30, 31, 32, 33], 10)).toBe(4);
    expect(densestRun([0, 9.9, 10], 10)).toBe(2);
  });

  it('spreads colliding points evenly about where they were, and keeps them in the drawing', () => {
    expect(spreadApart([50, 50, 50], 20, 0, 200)).toEqual([30, 50, 70]);
    expect(spreadApart([195, 198, 199], 20, 10, 190)).toEqual([150, 170, 190]);
    const spread = spreadApart([5, 6, 7, 100, 101], 24, 12, 288);
    for (const [i, x] of spread.entries()) if (i > 0) expect(x - spread[i - 1]!).toBeGreaterThanOrEqual(24 - 1e-9);
    expect(spread[0]).toBe(12);
  });
});

describe('the time axis of a much longer timeline', () => {
  // Sixty events on one day, beside the real ones: columns stop growing, and spill sideways.
  const crowded = [
    ...events,
    ...Array.from({ length: 60 }, (_, i) => ({ ...events.at(-1)!, id: `${events.at(-1)!.id}-${i}` })),
  ];

  it('keeps every column at most MAX_COLUMN_HEIGHT marks tall, every event drawn once, no two overlapping', () => {
    for (const drawing of DRAWINGS) {
      const { marks, hitSize } = layoutAxis(crowded, drawing);
      expect(marks).toHaveLength(crowded.length);
      expect(Math.max(...marks.map((m) => m.row)), `width ${drawing.width}`).toBeLessThan(MAX_COLUMN_HEIGHT);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          expect(
            Math.abs(a.dotX - b.dotX) >= hitSize - 1e-9 || Math.abs(a.y - b.y) >= hitSize - 1e-9,
            `${a.id} / ${b.id}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('the time axis of the real timeline', () => {
  it('runs from December 2018 to October 2019, month by month', () => {
    const layout = layoutAxis(events, { width: 880 });
    expect(layout.months.map((m) => m.label)).toEqual([
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
    ]);
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
        expect(mark.dotX - layout.hitSize / 2).toBeGreaterThanOrEqual(0);
        expect(mark.dotX + layout.hitSize / 2).toBeLessThanOrEqual(width);
        expect(mark.y - layout.hitSize / 2).toBeGreaterThan(0);
        expect(mark.y + layout.hitSize / 2).toBeLessThan(layout.baseline);
      }
    }
  });

  it('gives every mark a hit area of at least 24 CSS px square, however narrow its drawing is shown', () => {
    for (const drawing of DRAWINGS) {
      const { hitSize } = layoutAxis(events, drawing);
      expect(hitSize * (drawing.minDisplayWidth / drawing.width), `width ${drawing.width}`).toBeGreaterThanOrEqual(24);
    }
  });

  it('keeps the crowded days legible: no two hit areas overlap, even the eight of 12 and 13 October', () => {
    for (const drawing of DRAWINGS) {
      const { marks, hitSize } = layoutAxis(events, drawing);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) {
          const apart = Math.abs(a.dotX - b.dotX) >= hitSize - 1e-9 || Math.abs(a.y - b.y) >= hitSize - 1e-9;
          expect(apart, `${a.id} and ${b.id} at width ${drawing.width}`).toBe(true);
        }
      }
    }
  });

  it('stacks the events of 12 October, the most crowded day, in one column, one above another', () => {
    for (const drawing of DRAWINGS) {
      const oct12 = layoutAxis(events, drawing).marks.filter((m) => m.id.startsWith('2019-10-12'));
      expect(oct12.length).toBeGreaterThanOrEqual(5);
      expect(new Set(oct12.map((m) => m.dotX)).size, `width ${drawing.width}`).toBe(1);
      const rows = oct12.map((m) => m.row);
      expect(rows).toEqual(rows.map((_, i) => rows[0]! + i));
    }
  });

  it('moves a crowded column at most one hit area sideways, never into the quiet months', () => {
    for (const drawing of DRAWINGS) {
      const layout = layoutAxis(events, drawing);
      for (const mark of layout.marks)
        expect(Math.abs(mark.dotX - mark.x), `${mark.id} at width ${drawing.width}`).toBeLessThanOrEqual(
          layout.hitSize,
        );
      // Every October mark stands over October, not over August or September.
      const october = layout.months.find((m) => m.label === 'Oct')!;
      for (const mark of layout.marks.filter((m) => m.id.startsWith('2019-10'))) {
        expect(mark.dotX, `${mark.id} at width ${drawing.width}`).toBeGreaterThanOrEqual(
          october.x - layout.hitSize / 2,
        );
      }
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
    expect(mark?.label).toBe(
      'Sunday 13 October 2019: Kurdish officials say IS relatives have escaped the Ain Issa camp',
    );
  });

  it('refuses an empty timeline', () => {
    expect(() => layoutAxis([], { width: 300 })).toThrow(/at least one event/);
  });
});
