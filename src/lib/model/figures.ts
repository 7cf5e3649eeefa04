/**
 * Figures as intervals, and an honest comparison of them. A figure keeps the precision its
 * source gave: "almost 800" is a little under 800, "more than 2,000" has no upper end,
 * "hundreds" is somewhere from 200 to 999. Two figures agree only as far as their
 * intervals allow; nothing here invents a precision the sources did not have.
 */
import type { Figure, FigureValue, Unit } from '../content/schema.ts';
import { toBase } from '../content/units.ts';

/** A closed interval in the base unit; `high` may be `Infinity` for a lower bound. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** How far "about n" may stray: journalists round to the nearest tenth or so. */
export const ABOUT_TOLERANCE = 0.1;

/**
 * What a vague quantity covers. "Hundreds" is read as the plural: at least two hundred,
 * fewer than a thousand. A single "100" therefore does not match "hundreds".
 */
export const VAGUE_RANGES: Record<Extract<FigureValue, { vague: unknown }>['vague'], Interval> = {
  dozens: { low: 24, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2_000, high: 9_999 },
  'tens of thousands': { low: 20_000, high: 99_999 },
  'hundreds of thousands': { low: 200_000, high: 999_999 },
  millions: { low: 2_000_000, high: 999_999_999 },
};

export type ValueKind = keyof UnionKeys<FigureValue>;
type UnionKeys<T> = { [K in T extends unknown ? keyof T : never]: true };

/** Every kind of value the schema allows, in its order: the compiler keeps this in step with it. */
const VALUE_KIND_SET: UnionKeys<FigureValue> = {
  exact: true,
  about: true,
  almost: true,
  moreThan: true,
  atLeast: true,
  lessThan: true,
  atMost: true,
  between: true,
  vague: true,
};
export const VALUE_KINDS = Object.keys(VALUE_KIND_SET) as ValueKind[];

export function valueKind(value: FigureValue): ValueKind {
  return Object.keys(value)[0] as ValueKind;
}

/**
 * The interval a value stands for, in its own unit. Bounds are taken as inclusive: a
 * source that says "more than 2,000" and one that says "2,000" are both rounding.
 */
export function valueInterval(value: FigureValue): Interval {
  if ('exact' in value) return { low: value.exact, high: value.exact };
  if ('about' in value) return { low: value.about * (1 - ABOUT_TOLERANCE), high: value.about * (1 + ABOUT_TOLERANCE) };
  if ('almost' in value) return { low: value.almost * (1 - ABOUT_TOLERANCE), high: value.almost };
  if ('moreThan' in value) return { low: value.moreThan, high: Infinity };
  if ('atLeast' in value) return { low: value.atLeast, high: Infinity };
  if ('lessThan' in value) return { low: 0, high: value.lessThan };
  if ('atMost' in value) return { low: 0, high: value.atMost };
  if ('between' in value) return { low: value.between[0], high: value.between[1] };
  return VAGUE_RANGES[value.vague];
}

/** The interval in the unit's base (miles become km), for comparison across units. */
export function figureInterval(figure: Pick<Figure, 'value' | 'unit'>): Interval {
  const { low, high } = valueInterval(figure.value);
  return { low: toBase(low, figure.unit), high: high === Infinity ? Infinity : toBase(high, figure.unit) };
}

/** The numbers a source actually stated (none for "hundreds"), in the base unit. */
export function statedNumbers(figure: Pick<Figure, 'value' | 'unit'>): number[] {
  return valueNumbers(figure.value).map((n) => toBase(n, figure.unit));
}

/** The numbers in a value as the source gave them, in its own unit. */
export function valueNumbers(value: FigureValue): number[] {
  return 'vague' in value ? [] : 'between' in value ? [...value.between] : [Object.values(value)[0] as number];
}

/** A point is a figure the source gave without any hedge. */
export function isExact(value: FigureValue): boolean {
  return 'exact' in value;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Relative difference under which two exact figures are the same figure (rounding). */
const SAME = 0.005;

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * - `agree`: every figure is exact and they are the same number.
 * - `roughly-agree`: the figures differ in wording or precision, but one value fits them all.
 * - `disagree`: two figures cannot both be right.
 * - `change-over-time`: figures that cannot both be right are as of different days, so the
 *   difference may be the count growing rather than the sources contradicting each other.
 */
export const VERDICTS = ['single', 'agree', 'roughly-agree', 'disagree', 'change-over-time'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Comparable {
  readonly value: FigureValue;
  readonly unit: Unit;
  /** The day the figure is as of, `YYYY-MM-DD` or coarser. */
  readonly asOf: string;
}

export function compareFigures(figures: readonly Comparable[]): Verdict {
  if (figures.length < 2) return 'single';
  const intervals = figures.map(figureInterval);
  let conflict = false;
  let sameDayConflict = false;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      if (overlaps(intervals[i]!, intervals[j]!)) continue;
      conflict = true;
      if (figures[i]!.asOf === figures[j]!.asOf) sameDayConflict = true;
    }
  }
  if (sameDayConflict) return 'disagree';
  if (conflict) return 'change-over-time';
  const first = intervals[0]!;
  const allExactAndEqual =
    figures.every((f) => isExact(f.value)) && intervals.every((r) => sameNumber(r.low, first.low));
  return allExactAndEqual ? 'agree' : 'roughly-agree';
}
