import { describe, expect, it } from 'vitest';
import { locatorMap, MAP_FRAME, type MapPoint } from '../../src/lib/view/locator-map.ts';
import { mapFigure } from '../../src/lib/view/place-map.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import { realContent } from './real-content.ts';

const { places, content } = realContent();
const links = makeLinks('/', 'https://example.org');
const points: MapPoint[] = content.places.map((p) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon, href: p.id }));
const map = locatorMap(points);
const dot = (id: string) => {
  const found = map.dots.find((d) => d.id === id);
  if (!found) throw new Error(`no dot for ${id}`);
  return found;
};

describe('the locator map', () => {
  it('draws every position of content/places.yaml inside its frame', () => {
    expect(map.dots.map((d) => d.id).sort()).toEqual(content.places.map((p) => p.id).sort());
    for (const d of map.dots) {
      expect(d.x, d.id).toBeGreaterThan(0);
      expect(d.x, d.id).toBeLessThan(100);
      expect(d.y, d.id).toBeGreaterThan(0);
      expect(d.y, d.id).toBeLessThan(100);
    }
  });

  it('keeps the places where they lie to one another', () => {
    // x grows to the east, y to the south.
    expect(dot('tal-abyad').x).toBeLessThan(dot('ras-al-ain').x);
    expect(dot('hassakeh').x).toBeGreaterThan(dot('ras-al-ain').x);
    expect(dot('hassakeh').y).toBeGreaterThan(dot('ras-al-ain').y);
    expect(dot('ain-issa').y).toBeGreaterThan(dot('tal-abyad').y);
    // Proportions hold: Tal Abyad to Ras al-Ain is about 1.1° of longitude, a quarter of the frame.
    const frameLon = MAP_FRAME.east - MAP_FRAME.west;
    expect((dot('ras-al-ain').x - dot('tal-abyad').x) / 100).toBeCloseTo((40.07055 - 38.95382) / frameLon, 3);
  });

  it('leaves out a place outside the frame, and says so', () => {
    const washington = { id: 'washington', name: 'Washington', lat: 38.89511, lon: -77.03637, href: 'w' };
    const withIt = locatorMap([...points, washington]);
    expect(withIt.dots.map((d) => d.id)).not.toContain('washington');
    expect(withIt.outside).toEqual([washington]);
  });

  it('draws the outlines of Syria, Turkey and Iraq and the Turkey–Syria border, clipped to the frame', () => {
    expect(map.countries.map((c) => c.name)).toEqual(['Iraq', 'Syria', 'Turkey']);
    expect(map.border).toMatch(/^M/);
    const numbers = [...map.countries.map((c) => c.d), map.border]
      .join(' ')
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    for (const n of numbers) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(map.width);
    }
  });

  it('makes the highlighted place stand out, and only that one', () => {
    const highlighted = locatorMap(points, 'ras-al-ain');
    expect(highlighted.dots.filter((d) => d.highlighted).map((d) => d.id)).toEqual(['ras-al-ain']);
    const ras = highlighted.dots.find((d) => d.id === 'ras-al-ain')!;
    expect(Math.min(...highlighted.dots.filter((d) => !d.highlighted).map((d) => d.r))).toBeLessThan(ras.r);
  });

  it('gives an event place no map where it has no position, and names the places it draws', () => {
    const rmeilan = places.find((p) => p.id === 'rmeilan')!;
    expect(rmeilan.position).toBeUndefined();
    expect(mapFigure(places, links, rmeilan)).toBeUndefined();
    const ras = places.find((p) => p.id === 'ras-al-ain')!;
    const figure = mapFigure(places, links, ras)!;
    expect(figure.caption).toMatch(/^Ras al-Ain \(the larger dot\)/);
    expect(figure.caption).toContain('Ain Issa, Hassakeh and Tal Abyad');
    // Hassakeh and Tal Abyad are places a claim names, not places of any event.
    expect(figure.caption).toContain('the other places the articles name that lie on it');
    expect(figure.credit).toBe('Positions: GeoNames. Boundaries: Natural Earth.');
    expect(figure.map.dots.find((d) => d.id === 'ras-al-ain')!.href).toBe('/places/ras-al-ain/');
    expect(figure.map.dots.find((d) => d.id === 'tal-abyad')!.href).toBe(
      '/events/2019-10-12-ras-al-ain-clashes/#claim-ras-al-ain-tal-abyad-key-goal',
    );
  });
});
