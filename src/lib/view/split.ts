/**
 * How a long list becomes pages that stay small, declared once for every list of the site:
 * the timeline, the filter pages and the people pages. A list that fits on one page stays
 * one page; a longer one is split by year, a year that is still too long by month, and a
 * month that is still too long into numbered parts. The addresses say where in time a page
 * is (`2019/`, `2019/10/`, `2019/10/2/`), so they stay the same as the list grows.
 * @see https://www.w3.org/Provider/Style/URI — "Cool URIs don't change"
 */

/**
 * The most items of each kind one page lists; past it, the list splits. Chosen so that a
 * page with its CSS stays under 30 KB gzip (tests/site/budget.ts) with room for wordier
 * entries than the benchmark's.
 */
export const PAGE_LIMITS = {
  /** Timeline entries: the timeline and the filter pages. */
  entries: 50,
  /** Claim cards, with their quotes: a person's page. */
  claims: 25,
  /** Rows of a measure's table of figures, with its chart. */
  figures: 40,
  /** Figures on `/claims/`, every measure's chart and table together; past it, `/claims/` lists the measures only. */
  overviewFigures: 100,
  /** Articles named after one spelling on a person's page ("In the text of: …"); past it, the rest are counted. */
  spellingArticles: 12,
} as const;

/** Where an item is in time: its year and, where known, its month (1–12). */
export interface Period {
  readonly year: number;
  readonly month: number | undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** One page of a split list. */
export interface ListPart<T> {
  /** The page's path segments after the list's own path: `[]`, `['2019']`, `['2019', '10']`, `['2019', '10', '2']`. */
  readonly segments: readonly string[];
  /** "The whole timeline" is the list's own name; the others: "2019", "October 2019", "October 2019, part 2". */
  readonly label: string;
  /** The label among its neighbours, where the strip already names the year: "2019", "October", "October, part 2". */
  readonly shortLabel: string;
  /** The items this page lists (a year split into months lists only its items without a month). */
  readonly items: readonly T[];
  /** How many items the page's period holds, its sub-pages included. */
  readonly count: number;
  /** The pages one level below, in time order: the years of the whole list, the months of a year. */
  readonly children: readonly ListPart<T>[];
}

export interface SplitOptions<T> {
  readonly period: (item: T) => Period;
  /** One of `PAGE_LIMITS`. */
  readonly limit: number;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

const monthSegment = (month: number) => String(month).padStart(2, '0');

function monthParts<T>(year: number, month: number, items: readonly T[], limit: number): ListPart<T>[] {
  const label = `${MONTHS[month - 1]} ${year}`;
  const base = [String(year), monthSegment(month)];
  const name = MONTHS[month - 1]!;
  if (items.length <= limit)
    return [{ segments: base, label, shortLabel: name, items, count: items.length, children: [] }];
  const parts = Math.ceil(items.length / limit);
  // Parts of equal size, so no part is a short tail.
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      segments: i === 0 ? base : [...base, String(i + 1)],
      label: `${label}, part ${i + 1} of ${parts}`,
      shortLabel: `${name}, part ${i + 1}`,
      items: slice,
      count: slice.length,
      children: [],
    };
  });
}

function yearPart<T>(year: number, items: readonly T[], options: SplitOptions<T>, limit: number): ListPart<T> {
  const segments = [String(year)];
  const label = String(year);
  if (items.length <= limit) return { segments, label, shortLabel: label, items, count: items.length, children: [] };
  const undated = items.filter((item) => options.period(item).month === undefined);
  const months = groupBy(
    items.filter((item) => options.period(item).month !== undefined),
    (item) => options.period(item).month!,
  ).sort(([a], [b]) => a - b);
  return {
    segments,
    label,
    shortLabel: label,
    items: undated,
    count: items.length,
    children: months.flatMap(([month, inMonth]) => monthParts(year, month, inMonth, limit)),
  };
}

/**
 * The list as a tree of pages: the root (`segments: []`) lists everything when it fits;
 * otherwise its children are the years, and so on down. Items keep their order within a page.
 */
export function splitList<T>(label: string, items: readonly T[], options: SplitOptions<T>): ListPart<T> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`a page limit must be a whole number above 0, not ${limit}`);
  if (items.length <= limit)
    return { segments: [], label, shortLabel: label, items, count: items.length, children: [] };
  const years = groupBy(items, (item) => options.period(item).year).sort(([a], [b]) => a - b);
  return {
    segments: [],
    label,
    shortLabel: label,
    items: [],
    count: items.length,
    children: years.map(([year, inYear]) => yearPart(year, inYear, options, limit)),
  };
}

/** Every page of the tree, the root first, each before its children. */
export function listParts<T>(root: ListPart<T>): ListPart<T>[] {
  return [root, ...root.children.flatMap((child) => listParts(child))];
}

/** Whether `count` items fit on one page: where they do not, a page that shows them all summarises instead. */
export const fitsOnePage = (count: number, limit: number) => count <= limit;

/** Whether the list is more than one page. */
export const isSplit = (root: ListPart<unknown>) => root.children.length > 0;

/** The page path of a part under the list's own path: `('', ['2019', '10'])` is `2019/10/`. */
export const partPath = (listPath: string, segments: readonly string[]) =>
  `${listPath}${segments.map((segment) => `${segment}/`).join('')}`;

/** The pages that list items, in reading order: what "previous" and "next" walk through. */
export function readingOrder<T>(root: ListPart<T>): ListPart<T>[] {
  return listParts(root).filter((part) => part.items.length > 0);
}

/** The page that lists each item, for links to its entry. */
export function partsByItem<T>(root: ListPart<T>): Map<T, ListPart<T>> {
  return new Map(listParts(root).flatMap((part) => part.items.map((item) => [item, part] as const)));
}
