/**
 * Dates with a precision, formatted the same on every build machine.
 *
 * Content dates are calendar dates, not instants: `2019-10-13` is that day wherever the
 * site is built. Every `Date` made here is a `UTCDate`, so date-fns reads and formats it
 * in UTC whatever `TZ` says.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addYears, compareAsc, format, isValid, startOfMonth } from 'date-fns';

/** How precisely a date is known, finest first. */
export const precisions = ['day', 'month', 'year'] as const;
export type Precision = (typeof precisions)[number];

export interface PartialDate {
  /** The date as written in the content: `2019`, `2019-10` or `2019-10-13`. */
  readonly iso: string;
  readonly precision: Precision;
  /** The first instant of the period, in UTC. */
  readonly start: Date;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` for anything else, `2019-02-30` included. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const start = new UTCDate(year, month - 1, day);
  // A rolled-over date (30 February becomes 2 March) is not the one that was written.
  if (!isValid(start) || start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== day) {
    return undefined;
  }
  const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: text, precision, start };
}

export function isValidDateString(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** Like `parsePartialDate`, for dates the schema has already checked. */
export function toPartialDate(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Not a date: "${text}"`);
  return date;
}

const LONG: Record<Precision, string> = {
  day: 'EEEE d MMMM yyyy',
  month: 'MMMM yyyy',
  year: 'yyyy',
};

const SHORT: Record<Precision, string> = {
  day: 'd MMM yyyy',
  month: 'MMM yyyy',
  year: 'yyyy',
};

/** "Sunday 13 October 2019", "October 2019" or "2019": no more precise than the source. */
export function formatLong(date: PartialDate): string {
  return format(date.start, LONG[date.precision]);
}

/** "13 Oct 2019", "Oct 2019" or "2019". */
export function formatShort(date: PartialDate): string {
  return format(date.start, SHORT[date.precision]);
}

/** Day and month without the year, for lists already grouped by year: "13 October". */
export function formatDayMonth(date: PartialDate): string {
  return date.precision === 'day' ? format(date.start, 'd MMMM') : formatLong(date);
}

/** The `datetime` attribute of `<time>`: the date as precise as it is known. */
export function datetimeAttribute(date: PartialDate): string {
  return date.iso;
}

/** Earlier first; a month sorts before the days in it, a year before its months. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = compareAsc(a.start, b.start);
  if (byStart !== 0) return byStart;
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return rank[a.precision] - rank[b.precision];
}

/** Key and label of the month a date falls in, for grouping: `2019-10`, "October 2019". */
export function monthOf(date: PartialDate): { key: string; label: string } | undefined {
  if (date.precision === 'year') return undefined;
  return { key: format(date.start, 'yyyy-MM'), label: format(date.start, 'MMMM yyyy') };
}

export function yearOf(date: PartialDate): number {
  return date.start.getFullYear();
}

/** The first instant after the period a date names: the next day, month or year, in UTC. */
export function periodEnd(date: PartialDate): Date {
  const add = { day: addDays, month: addMonths, year: addYears }[date.precision];
  return add(date.start, 1);
}

/** The first instant of every month from the month of `from` to the month of `to`, both included. */
export function monthStarts(from: Date, to: Date): Date[] {
  const months: Date[] = [];
  for (let m = startOfMonth(new UTCDate(from)); m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** "Oct", for labels where space is short. */
export function formatMonthAbbrev(date: Date): string {
  return format(new UTCDate(date), 'MMM');
}
