/**
 * The locator map in Chromium: drawn on `/places/` and on an event page with its place,
 * every dot visible inside the map with its name beside it at 12 px or more, no name over
 * another or over a dot, nothing wider than the screen, in both themes, and nothing asked
 * of another origin (the map is all in the page).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './harness.ts';

const PAGES = ['places/', 'events/2019-10-12-ras-al-ain-clashes/'];

/** The map's frame, its outlines, and each dot's circle and label as the reader sees them. */
const drawingOf = (page: Page) =>
  page.$eval('[data-locator-map]', (figure) => {
    const rect = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height };
    };
    return {
      frame: rect(figure.querySelector('.locator-map__frame')!),
      outlines: [...figure.querySelectorAll('.locator-map__land path')].map((p) => rect(p).width),
      dots: [...figure.querySelectorAll('a[data-place]')].map((a) => {
        const circle = a.querySelector('circle')!;
        const text = a.querySelector('text')!;
        return {
          id: a.getAttribute('data-place')!,
          highlighted: a.classList.contains('is-highlighted'),
          circle: rect(circle),
          fill: getComputedStyle(circle).fill,
          label: rect(text),
          fontSize: parseFloat(getComputedStyle(text).fontSize),
        };
      }),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describeInBrowser('the locator map', (env) => {
  for (const width of [320, 390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`is drawn at ${width} px (${colorScheme}) with every dot and name readable, and nothing from another origin`, async () => {
        const session = await env.session({ viewport: { width, height: 800 }, colorScheme });
        for (const path of PAGES) {
          await session.goto(path);
          const map = await drawingOf(session.page);
          expect(map.overflow, path).toBeLessThanOrEqual(0);
          expect(map.frame.right, path).toBeLessThanOrEqual(width);
          expect(map.outlines.filter((w) => w > 0).length, path).toBeGreaterThanOrEqual(3);
          expect(map.dots.length, path).toBeGreaterThanOrEqual(4);
          for (const dot of map.dots) {
            expect(dot.circle.width, dot.id).toBeGreaterThan(5);
            expect(dot.fill, dot.id).not.toBe('none');
            for (const box of [dot.circle, dot.label]) {
              expect(box.left, dot.id).toBeGreaterThanOrEqual(map.frame.left);
              expect(box.right, dot.id).toBeLessThanOrEqual(map.frame.right);
              expect(box.top, dot.id).toBeGreaterThanOrEqual(map.frame.top);
              expect(box.bottom, dot.id).toBeLessThanOrEqual(map.frame.bottom);
            }
            expect(dot.fontSize, dot.id).toBeGreaterThanOrEqual(12);
          }
          const clashes = map.dots.flatMap((dot, i) =>
            map.dots.flatMap((other, j) => [
              ...(i < j && overlap(dot.label, other.label) ? [`${dot.id} over ${other.id}`] : []),
              ...(i !== j && overlap(dot.label, other.circle) ? [`${dot.id} over the dot of ${other.id}`] : []),
            ]),
          );
          expect(clashes, path).toEqual([]);
          const highlighted = map.dots.filter((d) => d.highlighted).map((d) => d.id);
          expect(highlighted, path).toEqual(path.startsWith('events/') ? ['ras-al-ain'] : []);
        }
        session.expectClean();
        expect(session.requests.every((url) => url.startsWith(session.server.origin))).toBe(true);
        await session.close();
      });
    }
  }

  it('takes a reader from a dot to its place', async () => {
    const session = await env.session();
    await session.goto('places/');
    await session.page.click('[data-locator-map] a[data-place="ras-al-ain"]');
    await session.page.waitForURL(/\/places\/ras-al-ain\/$/);
    expect(await session.page.locator('h1').textContent()).toContain('Ras al-Ain');
    session.expectClean();
    await session.close();
  });
});
