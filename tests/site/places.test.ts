/** The locator map and `/places/` in the built site. */
import { beforeAll, describe, expect, it } from 'vitest';
import { realContent } from '../unit/real-content.ts';
import { normalizeBase } from '../../src/lib/site/site.ts';
import { readPage, requireDist } from './dist.ts';

const { timeline, places, content } = realContent();
const BASE = normalizeBase(process.env.BASE_PATH);
const positioned = new Set(content.places.map((p) => p.id));

beforeAll(requireDist);

const dotsOf = (file: string) =>
  readPage(file)
    .querySelectorAll('[data-locator-map] a[data-place]')
    .map((a) => ({
      id: a.getAttribute('data-place')!,
      href: a.getAttribute('href')!,
      highlighted: a.classList.contains('is-highlighted'),
    }));

describe('the locator map', () => {
  it('is on every event page whose place has a position, with that place standing out, and on no other', () => {
    let mapped = 0;
    for (const event of timeline.events) {
      const place = places.find((p) => p.events.includes(event));
      const dots = dotsOf(`events/${event.id}/index.html`);
      if (place?.position) {
        mapped++;
        expect(
          dots.filter((d) => d.highlighted).map((d) => d.id),
          event.id,
        ).toEqual([place.id]);
      } else {
        expect(dots, event.id).toEqual([]);
      }
    }
    expect(mapped).toBeGreaterThanOrEqual(2);
  });

  it('draws a dot for every position and none for a place without one', () => {
    const dots = dotsOf('places/index.html');
    expect(dots.map((d) => d.id).sort()).toEqual([...positioned].sort());
    const unplaced = places.filter((p) => !p.position);
    expect(unplaced.map((p) => p.id)).toContain('rmeilan');
    for (const place of unplaced) expect(dots.map((d) => d.id)).not.toContain(place.id);
  });

  it('links each dot to its place page, or to the claim that names it', () => {
    for (const dot of dotsOf('places/index.html')) {
      const place = places.find((p) => p.id === dot.id)!;
      expect(dot.href).toBe(
        place.claim ? `${BASE}events/${place.claim.event}/#claim-${place.claim.id}` : `${BASE}places/${place.id}/`,
      );
    }
  });

  it('says where the positions and boundaries come from, and keeps its text at 12 px or more', () => {
    const figure = readPage('places/index.html').querySelector('[data-locator-map]')!;
    expect(figure.querySelector('figcaption')!.text).toContain('Positions: GeoNames. Boundaries: Natural Earth.');
    const size = Number(figure.querySelector('svg[font-size]')!.getAttribute('font-size'));
    expect(size).toBeGreaterThanOrEqual(12);
  });
});

describe('/places/', () => {
  const page = readPage('places/index.html');

  it('lists every place of the timeline, with its events or the claim that names it', () => {
    const items = page.querySelectorAll('.places-list > li');
    expect(items.map((li) => li.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const place of places) {
      const item = page.querySelector(`.places-list > li[id="${place.id}"]`)!;
      const hrefs = item.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const event of place.events) expect(hrefs, place.id).toContain(`${BASE}events/${event.id}/`);
      if (place.claim) expect(hrefs).toContain(`${BASE}events/${place.claim.event}/#claim-${place.claim.id}`);
      const position = content.places.find((p) => p.id === place.id);
      expect(item.text, place.id).toContain(position ? position.source : 'Not on the map: ');
    }
  });

  it('is linked from each place page', () => {
    for (const place of places.filter((p) => p.events.length > 0)) {
      const hrefs = readPage(`places/${place.id}/index.html`)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs, place.id).toContain(`${BASE}places/`);
    }
  });
});
