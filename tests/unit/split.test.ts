import { describe, expect, it } from 'vitest';
import {
  isSplit,
  listParts,
  partPath,
  partsByItem,
  readingOrder,
  splitList,
  type Period,
} from '../../src/lib/view/split.ts';
import { splitNav } from '../../src/lib/view/split-nav.ts';

interface Item {
  readonly id: number;
  readonly period: Period;
}

/** `count` items in each of the given months of a year (month `undefined`: known only to the year). */
function items(spec: [year: number, month: number | undefined, count: number][]): Item[] {
  let id = 0;
  return spec.flatMap(([year, month, count]) =>
    Array.from({ length: count }, () => ({ id: id++, period: { year, month } })),
  );
}

const split = (list: readonly Item[], limit: number) =>
  splitList('All', list, { period: (item) => item.period, limit });
const segments = (list: readonly Item[], limit: number) =>
  listParts(split(list, limit)).map((part) => part.segments.join('/'));

describe('the list splitter', () => {
  it('keeps a list that fits on one page whole, at its own path', () => {
    const root = split(items([[2019, 10, 19]]), 19);
    expect(isSplit(root)).toBe(false);
    expect(root.items).toHaveLength(19);
    expect(listParts(root).map((part) => part.segments)).toEqual([[]]);
  });

  it('splits a longer list by year, and keeps a year that fits as one page', () => {
    expect(
      segments(
        items([
          [2018, 12, 3],
          [2019, 1, 2],
        ]),
        4,
      ),
    ).toEqual(['', '2018', '2019']);
  });

  it('splits a year that is still too long by month, with two-digit months in the path', () => {
    expect(
      segments(
        items([
          [2018, 12, 1],
          [2019, 1, 3],
          [2019, 10, 3],
        ]),
        4,
      ),
    ).toEqual(['', '2018', '2019', '2019/01', '2019/10']);
  });

  it('splits a month that is still too long into parts of equal size, the first at the month itself', () => {
    const root = split(items([[2019, 10, 25]]).concat(items([[2020, 1, 1]])), 10);
    const october = listParts(root).filter((part) => part.segments[1] === '10');
    expect(october.map((part) => part.segments.join('/'))).toEqual(['2019/10', '2019/10/2', '2019/10/3']);
    expect(october.map((part) => part.items.length)).toEqual([9, 9, 7]);
    expect(october.map((part) => part.label)).toEqual([
      'October 2019, part 1 of 3',
      'October 2019, part 2 of 3',
      'October 2019, part 3 of 3',
    ]);
  });

  it('lists the items known only to the year on the year page of a year split by month', () => {
    const list = items([
      [2019, undefined, 2],
      [2019, 3, 3],
      [2019, 4, 3],
    ]);
    const year = split(list, 4).children[0]!;
    expect(year.segments).toEqual(['2019']);
    expect(year.items.map((item) => item.period.month)).toEqual([undefined, undefined]);
    expect(year.count).toBe(8);
    expect(year.children.map((part) => part.label)).toEqual(['March 2019', 'April 2019']);
  });

  it('puts every item on exactly one page, in its order, and never more than the limit on a page', () => {
    const list = items([
      [2000, undefined, 7],
      [2000, 2, 31],
      [2001, 6, 12],
      [2003, 11, 90],
    ]);
    const root = split(list, 20);
    const pages = readingOrder(root);
    expect(pages.flatMap((part) => part.items)).toEqual(list);
    expect(Math.max(...pages.map((part) => part.items.length))).toBeLessThanOrEqual(20);
    const byItem = partsByItem(root);
    expect(byItem.get(list[40]!)!.segments).toEqual(['2001']);
  });

  it('gives the same path to a period whatever comes after it, so addresses stay as the list grows', () => {
    const before = items([[2019, 1, 30]]);
    const after = before.concat(items([[2019, 2, 30]]).map((item) => ({ ...item, id: item.id + 100 })));
    const january = (list: Item[]) => partsByItem(split(list, 40)).get(before[0]!)!.segments;
    expect(january(before)).toEqual([]);
    expect(january(after)).toEqual(['2019', '01']);
    expect(partPath('actors/turkey/', ['2019', '01'])).toBe('actors/turkey/2019/01/');
  });

  it('refuses a limit that is not a whole number above 0', () => {
    expect(() => split(items([[2019, 1, 2]]), 0)).toThrow('a page limit must be a whole number above 0, not 0');
  });
});

describe('the navigation of a split list', () => {
  const list = items([
    [2018, 12, 3],
    [2019, 1, 5],
    [2019, 10, 1],
  ]);
  const root = split(list, 4);
  const navs = splitNav({ root, listPath: '', href: (path) => `/${path}`, countLabel: (n) => `${n} items` });

  it('links each page to the previous and next in reading order, across years', () => {
    expect(navs.get('2018')!.previous).toBeUndefined();
    expect(navs.get('2018')!.next).toEqual({ label: 'January 2019, part 1 of 2', href: '/2019/01/' });
    expect(navs.get('2019/01/2')!.next).toEqual({ label: 'October 2019', href: '/2019/10/' });
    expect(navs.get('2019/10')!.next).toBeUndefined();
  });

  it('shows the way up and the periods beside the page, the page marked and each bar as tall as its share', () => {
    const october = navs.get('2019/10')!;
    expect(october.crumbs).toEqual([
      { label: 'All', href: '/' },
      { label: '2019', href: '/2019/' },
    ]);
    expect(october.axis.map((bar) => [bar.label, bar.current, bar.height])).toEqual([
      ['January, part 1', false, 100],
      ['January, part 2', false, 67],
      ['October', true, 33],
    ]);
    expect(navs.get('')!.children.map((bar) => [bar.href, bar.countLabel])).toEqual([
      ['/2018/', '3 items'],
      ['/2019/', '6 items'],
    ]);
  });
});
