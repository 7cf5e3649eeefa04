/**
 * `/places/`: a place that is not on the map says why (issue 32: Rmeilan said only "Not on
 * the map"), a place on the map gives its position and its source instead, and the map has
 * a scale bar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist } from './dist.ts';
import { SCALE_BAR_KM } from '../../src/lib/view/locator-map.ts';

describe('the places page', () => {
  beforeAll(requireDist);

  it('gives every place either its position and source, or the reason it is not on the map', () => {
    const items = readPage('places/index.html').querySelectorAll('.places-list > li');
    expect(items.length).toBeGreaterThan(0);
    const drawn = new Set(
      readPage('places/index.html')
        .querySelectorAll('.locator-map__dot')
        .map((a) => a.getAttribute('data-place')),
    );
    for (const item of items) {
      const line = item.querySelector('p.muted')!.text.trim();
      if (drawn.has(item.id)) expect(line, item.id).toMatch(/° N, .*° E \(GeoNames \d+\)/);
      else expect(line, item.id).toMatch(/^Not on the map: \S.{20,}/);
    }
  });

  it('draws a scale bar on the map, labelled with its length on the ground', () => {
    const bar = readPage('places/index.html').querySelector('.locator-map__scale')!;
    expect(bar).toBeTruthy();
    expect(bar.querySelector('text')!.text.trim()).toBe(`${SCALE_BAR_KM} km`);
    const [line] = bar.querySelectorAll('line');
    const width = parseFloat(line!.getAttribute('x2')!) - parseFloat(line!.getAttribute('x1')!);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(50);
  });
});
