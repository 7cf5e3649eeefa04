import { describe, expect, it } from 'vitest';
import {
  compareFigures,
  figureInterval,
  statedNumbers,
  valueInterval,
  type Comparable,
} from '../../src/lib/model/figures.ts';
import type { FigureValue, Unit } from '../../src/lib/content/schema.ts';

const fig = (value: FigureValue, unit: Unit = 'people', asOf = '2019-10-13'): Comparable => ({ value, unit, asOf });

describe('a figure as an interval', () => {
  it('keeps an exact figure a point', () => {
    expect(valueInterval({ exact: 950 })).toEqual({ low: 950, high: 950 });
  });

  it('reads "about n" as n give or take a tenth, "almost n" as a little under n', () => {
    expect(valueInterval({ about: 30 })).toEqual({ low: 27, high: 33 });
    const almost = valueInterval({ almost: 800 });
    expect(almost.low).toBeCloseTo(720);
    expect(almost.high).toBe(800);
  });

  it('reads bounds as open-ended, and ranges as they were given', () => {
    expect(valueInterval({ moreThan: 2000 })).toEqual({ low: 2000, high: Infinity });
    expect(valueInterval({ atLeast: 114 })).toEqual({ low: 114, high: Infinity });
    expect(valueInterval({ lessThan: 10 })).toEqual({ low: 0, high: 10 });
    expect(valueInterval({ atMost: 10 })).toEqual({ low: 0, high: 10 });
    expect(valueInterval({ between: [20000, 30000] })).toEqual({ low: 20000, high: 30000 });
  });

  it('reads "hundreds" as the plural: 200 to 999, never a made-up number', () => {
    expect(valueInterval({ vague: 'hundreds' })).toEqual({ low: 200, high: 999 });
    expect(statedNumbers({ value: { vague: 'hundreds' }, unit: 'people' })).toEqual([]);
  });

  it('converts miles to kilometres for comparison', () => {
    const interval = figureInterval({ value: { exact: 20 }, unit: 'miles' });
    expect(interval.low).toBeCloseTo(32.19, 2);
  });
});

describe('comparing figures', () => {
  it('has nothing to compare with one figure', () => {
    expect(compareFigures([fig({ exact: 1 })])).toBe('single');
  });

  it('says the Ain Issa counts disagree: 950, almost 800, 100 and hundreds', () => {
    expect(
      compareFigures([fig({ exact: 950 }), fig({ almost: 800 }), fig({ exact: 100 }), fig({ vague: 'hundreds' })]),
    ).toBe('disagree');
  });

  it('lets a vague quantity agree with a number inside it, and not with one outside', () => {
    expect(compareFigures([fig({ exact: 950 }), fig({ vague: 'hundreds' })])).toBe('roughly-agree');
    expect(compareFigures([fig({ exact: 100 }), fig({ vague: 'hundreds' })])).toBe('disagree');
  });

  it('lets a bound agree with a number it allows', () => {
    expect(compareFigures([fig({ moreThan: 2000 }, 'troops'), fig({ exact: 2000 }, 'troops')])).toBe('roughly-agree');
    expect(compareFigures([fig({ moreThan: 2000 }, 'troops'), fig({ exact: 2500 }, 'troops')])).toBe('roughly-agree');
    expect(compareFigures([fig({ moreThan: 2000 }, 'troops'), fig({ exact: 1000 }, 'troops')])).toBe('disagree');
    expect(compareFigures([fig({ atMost: 10 }), fig({ exact: 11 })])).toBe('disagree');
  });

  it('lets a range agree with a number inside it', () => {
    expect(compareFigures([fig({ between: [20000, 30000] }), fig({ exact: 25000 })])).toBe('roughly-agree');
    expect(compareFigures([fig({ between: [20000, 30000] }), fig({ about: 40000 })])).toBe('disagree');
  });

  it('treats approximations honestly: "almost 800" does not reach 950, "about 1,000" does', () => {
    expect(compareFigures([fig({ almost: 800 }), fig({ exact: 950 })])).toBe('disagree');
    expect(compareFigures([fig({ about: 1000 }), fig({ exact: 950 })])).toBe('roughly-agree');
  });

  it('says two identical exact figures agree, and two different ones do not', () => {
    expect(compareFigures([fig({ exact: 5 }, 'years'), fig({ exact: 5 }, 'years')])).toBe('agree');
    expect(compareFigures([fig({ exact: 440 }), fig({ exact: 56 })])).toBe('disagree');
  });

  it('finds "20 miles" and "about 30 km" roughly the same, but not "20 miles" and exactly 30 km', () => {
    expect(compareFigures([fig({ exact: 20 }, 'miles'), fig({ about: 30 }, 'km')])).toBe('roughly-agree');
    expect(compareFigures([fig({ exact: 20 }, 'miles'), fig({ exact: 30 }, 'km')])).toBe('disagree');
  });

  it('does not call figures as of different days a disagreement: counts grow', () => {
    expect(
      compareFigures([fig({ exact: 130000 }, 'people', '2019-10-13'), fig({ exact: 300000 }, 'people', '2019-10-20')]),
    ).toBe('change-over-time');
    expect(
      compareFigures([
        fig({ exact: 130000 }, 'people', '2019-10-13'),
        fig({ exact: 120000 }, 'people', '2019-10-13'),
        fig({ exact: 300000 }, 'people', '2019-10-20'),
      ]),
    ).toBe('disagree');
  });
});
