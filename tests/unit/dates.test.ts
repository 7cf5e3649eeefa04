import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatDayMonth,
  formatLong,
  formatShort,
  monthOf,
  parsePartialDate,
  toPartialDate,
} from '../../src/lib/content/dates.ts';

describe('partial dates', () => {
  it('reads a day, a month and a year with their precision', () => {
    expect(parsePartialDate('2019-10-13')?.precision).toBe('day');
    expect(parsePartialDate('2019-10')?.precision).toBe('month');
    expect(parsePartialDate('2019')?.precision).toBe('year');
  });

  it('refuses days that are not in the calendar', () => {
    expect(parsePartialDate('2019-02-30')).toBeUndefined();
    expect(parsePartialDate('2019-13')).toBeUndefined();
    expect(parsePartialDate('2019-00-10')).toBeUndefined();
    expect(parsePartialDate('2020-02-29')).toBeDefined();
  });

  it('refuses ambiguous or loose writing', () => {
    for (const text of ['13/10/2019', '10/13/2019', 'Oct 13 2019', '2019-10-13T00:00', '19-10-13', '']) {
      expect(parsePartialDate(text), text).toBeUndefined();
    }
  });

  it('formats no more precisely than it is known', () => {
    expect(formatLong(toPartialDate('2019-10-13'))).toBe('Sunday 13 October 2019');
    expect(formatLong(toPartialDate('2019-10'))).toBe('October 2019');
    expect(formatLong(toPartialDate('2019'))).toBe('2019');
    expect(formatShort(toPartialDate('2018-12-19'))).toBe('19 Dec 2018');
    expect(formatDayMonth(toPartialDate('2019-01-06'))).toBe('6 January');
  });

  it('sorts earlier first, and a month before the days in it', () => {
    const dates = ['2019-10-13', '2019-10', '2018-12-19', '2019', '2019-01-06'].map(toPartialDate);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '2018-12-19',
      '2019',
      '2019-01-06',
      '2019-10',
      '2019-10-13',
    ]);
  });

  it('groups a day into its month', () => {
    expect(monthOf(toPartialDate('2019-10-13'))).toEqual({ key: '2019-10', label: 'October 2019' });
    expect(monthOf(toPartialDate('2019'))).toBeUndefined();
  });
});
