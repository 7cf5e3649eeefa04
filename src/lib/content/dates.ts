/**
 * Dates with a precision, formatted the same on every build machine.
 *
 * Content dates are calendar dates, not instants: `2019-10-13` is that day wherever the
 * site is built. Every `Date` made here is a `UTCDate`, so date-fns reads and formats it
 * in UTC whatever `TZ` says.
 */
import { UTCDate } from '@date-fns/utc';
// Each function from its own module: the package's index loads all of date-fns (some 300 MB
// of memory in every process that imports this file), these seven load what they need.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { compareAsc } from 'date-fns/compareAsc';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { startOfMonth } from 'date-fns/startOfMonth';

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
  // `setFullYear`, not the constructor: `new Date(50, 0, 1)` is 1950, not the year 50.
  const start = new UTCDate(2000, 0, 1);
  start.setFullYear(year, month - 1, day);
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
  day: 'EEEE d MMMM uuuu',
  month: 'MMMM uuuu',
  year: 'uuuu',
};

const SHORT: Record<Precision, string> = {
  day: 'd MMM uuuu',
  month: 'MMM uuuu',
  year: 'uuuu',
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

/** "13 October 2019": a day with its year but no weekday, for lists that are not grouped by year. */
export function formatDayMonthYear(date: PartialDate): string {
  return date.precision === 'day' ? format(date.start, 'd MMMM yyyy') : formatLong(date);
}

/** "15–20 December 2018", "6 October – 2 November 2019", "20 December 2018 – 11 January 2019". */
export function formatSpan(from: PartialDate, to: PartialDate): string {
  if (from.precision !== 'day' || to.precision !== 'day') {
    return from.iso === to.iso ? formatLong(from) : `${formatLong(from)} – ${formatLong(to)}`;
  }
  const sameYear = from.start.getUTCFullYear() === to.start.getUTCFullYear();
  const sameMonth = sameYear && from.start.getUTCMonth() === to.start.getUTCMonth();
  if (sameMonth && from.start.getUTCDate() === to.start.getUTCDate()) return format(from.start, 'd MMMM yyyy');
  if (sameMonth) return `${format(from.start, 'd')}–${format(to.start, 'd MMMM yyyy')}`;
  return `${format(from.start, sameYear ? 'd MMMM' : 'd MMMM yyyy')} – ${format(to.start, 'd MMMM yyyy')}`;
}

/** A day on a day scale: "12", or "12 Oct" where the scale starts or a month begins. */
export function formatDayLabel(day: Date, withMonth: boolean): string {
  return format(new UTCDate(day), withMonth ? 'd MMM' : 'd');
}

/** `n` days after (or before) an instant, in UTC. */
export function addDaysTo(date: Date, n: number): Date {
  return addDays(new UTCDate(date), n);
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
  return { key: format(date.start, 'uuuu-MM'), label: format(date.start, 'MMMM uuuu') };
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

/** A day as a sentence prints it, without the weekday: "2 December 2026". */
export function formatPlainDay(date: PartialDate): string {
  return date.precision === 'day' ? format(date.start, 'd MMMM yyyy') : formatLong(date);
}
