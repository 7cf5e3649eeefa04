import { describe, expect, it } from 'vitest';
import { commonBase, isConverted, KM_PER_MILE, roundConverted, toBase } from '../../src/lib/content/units.ts';

describe('units', () => {
  it('converts miles to kilometres with the international mile', () => {
    expect(KM_PER_MILE).toBe(1.609344);
    expect(toBase(20, 'miles')).toBeCloseTo(32.18688, 5);
    expect(toBase(75, 'miles')).toBeCloseTo(120.7, 1);
    expect(toBase(30, 'km')).toBe(30);
  });

  it('counts troops, fighters, civilians and people as people, but not vehicles', () => {
    expect(commonBase('troops', 'people')).toBe('people');
    expect(commonBase('fighters', 'civilians')).toBe('people');
    expect(commonBase('vehicles', 'people')).toBeUndefined();
    expect(commonBase('miles', 'km')).toBe('km');
    expect(commonBase('miles', 'troops')).toBeUndefined();
  });

  it('leaves counts as they are and marks converted units', () => {
    expect(toBase(950, 'people')).toBe(950);
    expect(isConverted('people')).toBe(false);
    expect(isConverted('miles')).toBe(true);
    expect(toBase(48, 'hours')).toBe(2);
  });

  it('rounds a converted value: a conversion adds no precision', () => {
    expect(roundConverted(32.18688)).toBe(32);
    expect(roundConverted(1.6093)).toBe(1.6);
  });
});
