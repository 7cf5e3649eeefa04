import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cacheKey } from '../../src/lib/site/cache-key.ts';
import { MadeLater } from '../../src/lib/view/made-later.ts';

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

  it('digests the inputs of a value made later, without making it, and makes it once when read', () => {
    let made = 0;
    const body = (markdown: string) => new MadeLater([markdown], () => `<p>${markdown}</p>${++made}`);
    expect(cacheKey({ body: body('Troops left.') })).toBe(cacheKey({ body: body('Troops left.') }));
    expect(cacheKey({ body: body('Troops left.') })).not.toBe(cacheKey({ body: body('Troops stayed.') }));
    expect(made).toBe(0);
    const later = body('Troops left.');
    expect([later.value, later.value]).toEqual(['<p>Troops left.</p>1', '<p>Troops left.</p>1']);
  });

  it('refuses a function, whose output it cannot see', () => {
    expect(() => cacheKey({ href: () => '/events/' })).toThrow(/function "href"/);
    expect(() => cacheKey({ rows: [{ cells: [1, () => 2] }] })).toThrow(/function/);
  });

  it('finds a Map or a Set however deep, and digests plain JSON as JSON', () => {
    const deep = (n: number) => ({ rows: [{ date: new Date(0), cells: [{ by: new Map([['a', n]]) }] }] });
    expect(cacheKey(deep(1))).not.toBe(cacheKey(deep(2)));
    const plain = { title: 'Ain Issa', when: new Date(0), figures: [950, 800, 100], none: null };
    expect(cacheKey(plain)).toBe(
      createHash('sha256')
        .update(JSON.stringify([plain]))
        .digest('base64url'),
    );
  });
});
