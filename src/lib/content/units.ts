/**
 * Units of figures: which can be compared with which, and how to convert them. A figure is
 * always shown in the unit the source gave; conversion is only for comparison.
 */
import type { Unit } from './schema.ts';

/** What a unit measures. People of every kind are one dimension: a camp's escapees are
 * "people" in one article and "supporters" in another. */
export type Dimension = 'length' | 'duration' | 'persons' | 'count';

interface UnitInfo {
  readonly dimension: Dimension;
  /** The unit figures of this dimension are compared in. */
  readonly base: string;
  /** How many base units one of this unit is. */
  readonly factor: number;
}

/** International mile, exactly: 1 mile = 1.609344 km. */
export const KM_PER_MILE = 1.609344;

const PERSONS = { dimension: 'persons', base: 'people', factor: 1 } as const;

const UNITS: Record<Unit, UnitInfo> = {
  people: PERSONS,
  troops: PERSONS,
  fighters: PERSONS,
  civilians: PERSONS,
  soldiers: PERSONS,
  prisoners: PERSONS,
  airstrikes: { dimension: 'count', base: 'airstrikes', factor: 1 },
  vehicles: { dimension: 'count', base: 'vehicles', factor: 1 },
  villages: { dimension: 'count', base: 'villages', factor: 1 },
  prisons: { dimension: 'count', base: 'prisons', factor: 1 },
  units: { dimension: 'count', base: 'units', factor: 1 },
  countries: { dimension: 'count', base: 'countries', factor: 1 },
  km: { dimension: 'length', base: 'km', factor: 1 },
  miles: { dimension: 'length', base: 'km', factor: KM_PER_MILE },
  hours: { dimension: 'duration', base: 'days', factor: 1 / 24 },
  days: { dimension: 'duration', base: 'days', factor: 1 },
  years: { dimension: 'duration', base: 'days', factor: 365.25 },
};

export function unitInfo(unit: Unit): UnitInfo {
  return UNITS[unit];
}

/** The unit two figures are compared in, or `undefined` if they cannot be compared. */
export function commonBase(a: Unit, b: Unit): string | undefined {
  const x = UNITS[a];
  const y = UNITS[b];
  return x.base === y.base ? x.base : undefined;
}

/** `value` in `unit`, expressed in its dimension's base unit (miles → km, hours → days). */
export function toBase(value: number, unit: Unit): number {
  return value * UNITS[unit].factor;
}

/** Whether a figure in this unit is shown converted as well ("20 miles, about 32 km"). */
export function isConverted(unit: Unit): boolean {
  return UNITS[unit].factor !== 1;
}

/** A converted value rounded to what a reader needs: a conversion adds no precision. */
export function roundConverted(value: number): number {
  if (value >= 10) return Math.round(value);
  return Math.round(value * 10) / 10;
}
