import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/site/cache-key.ts';

describe('a page cache key', () => {
  it('is the same for the same view model, built afresh', () => {
    const view = () => ({ title: 'Ain Issa', claims: [{ id: 'a', by: 'Kurdish authorities' }], when: new Date(0) });
    expect(cacheKey(view())).toBe(cacheKey(view()));
  });

  it('changes when anything the page shows changes, however deep', () => {
    const base = { event: { claims: [{ figure: { value: 800 } }] } };
    const changed = { event: { claims: [{ figure: { value: 950 } }] } };
    expect(cacheKey(base)).not.toBe(cacheKey(changed));
  });

  it('digests what a Map or a Set holds, which JSON alone writes as {}', () => {
    expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey(new Map([['a', 2]])));
    expect(cacheKey(new Set(['turkey']))).not.toBe(cacheKey(new Set(['syria'])));
  });

  it('keeps the order of keys and entries, since a page lists them in that order', () => {
    expect(cacheKey({ a: 1, b: 2 })).not.toBe(cacheKey({ b: 2, a: 1 }));
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
  });

  it('tells apart values passed separately from the same values in one', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
  });

  it('refuses a function, whose output it cannot see', () => {
    expect(() => cacheKey({ href: () => '/events/' })).toThrow(/function "href"/);
  });
});
