/**
 * The site on a phone and on paper, in Chromium: figure tables and charts readable at 320
 * and 390 px without scrolling sideways, time-axis marks that are 24 px tap targets and do
 * not overlap, every search result within reach, highlighted quotes with no gap before the
 * punctuation after them, and the print stylesheet as a reader's printer applies it.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, type Session, sessionPerTest } from './harness.ts';

const EVENT = 'events/2019-10-13-ain-issa-camp-escape/';
const ARTICLE = 'articles/2019-10-13-hundreds-of-is-relatives-escape-camp/';
const PHONES = [320, 390];

/** Each visible figure-table cell: its column's name as shown, its box, and whether it is visible. */
const cellsOf = (page: Page) =>
  page.$$eval('table.figures td', (cells) =>
    cells.map((td) => {
      const box = td.getBoundingClientRect();
      const header = td.closest('table')!.querySelectorAll('thead th')[(td as HTMLTableCellElement).cellIndex]!;
      const shown = getComputedStyle(td, '::before').content;
      return {
        label: td.dataset['label'],
        header: header.textContent?.trim(),
        shown,
        left: box.left,
        right: box.right,
        width: box.width,
      };
    }),
  );

/** The role of every node Chromium gives to assistive technology. */
async function axRoles(session: Session): Promise<string[]> {
  const cdp = await session.context.newCDPSession(session.page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string } }[] };
  return nodes.map((node) => String(node.role?.value ?? ''));
}

describeInBrowser('on a phone and on paper', (env) => {
  const sessions = sessionPerTest(env);
  const start = async (width = 1280) => (await sessions.open({ viewport: { width, height: 800 } })).page;

  for (const width of PHONES) {
    it(`stacks figure tables at ${width} px: every cell on screen, named by its column, still a table to screen readers`, async () => {
      const page = await start(width);
      for (const path of ['claims/', EVENT]) {
        await sessions.current.goto(path);
        const cells = await cellsOf(page);
        expect(cells.length, path).toBeGreaterThan(4);
        for (const cell of cells) {
          expect(cell.label, path).toBe(cell.header);
          expect(cell.shown, path).toContain(cell.header);
          expect(cell.left, path).toBeGreaterThanOrEqual(0);
          expect(cell.right, path).toBeLessThanOrEqual(width);
        }
        const scrolls = await page.$$eval('.table-scroll', (regions) =>
          regions.some((r) => r.scrollWidth > r.clientWidth),
        );
        expect(scrolls, path).toBe(false);
      }
      const roles = await axRoles(sessions.current);
      expect(roles).toContain('table');
      expect(roles).toContain('columnheader');
      expect(roles).toContain('cell');
    });

    it(`draws the charts at ${width} px with labels of at least 11 px`, async () => {
      const page = await start(width);
      await sessions.current.goto('claims/');
      const sizes = await page.$$eval('.figure-chart svg', (svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return Math.min(
              ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            );
          }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    });

    it(`draws no chart label over a bar, a tick label or a gridline at ${width} px, and names whose each bar is`, async () => {
      const page = await start(width);
      for (const path of ['claims/', 'claims/ain-issa-escapees/', 'claims/people-displaced/']) {
        await sessions.current.goto(path);
        const clashes = await page.$$eval('.figure-chart svg', (svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => {
              type Box = { x: number; y: number; w: number; h: number; what: string };
              const box = (el: SVGGraphicsElement, what: string): Box => {
                const b = el.getBBox();
                return { x: b.x, y: b.y, w: b.width, h: b.height, what };
              };
              const texts = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => box(t, t.textContent ?? ''));
              const shapes = [
                ...svg.querySelectorAll<SVGGraphicsElement>('.figure-chart__row :is(rect, circle, path)'),
              ].map((el) => box(el, el.tagName));
              const grid = svg.querySelector('.figure-chart__grid path')?.getAttribute('d') ?? '';
              const lines = [...grid.matchAll(/M([\d.]+) ([\d.]+)V([\d.]+)/g)].map(([, x, y1, y2]): Box => ({
                x: +x!,
                y: +y1!,
                w: 0.01,
                h: +y2! - +y1!,
                what: 'gridline',
              }));
              const overlap = (a: Box, b: Box) =>
                Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
                Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
              return texts.flatMap((t, i) =>
                [...shapes, ...lines, ...texts.slice(i + 1)]
                  .filter((other) => overlap(t, other))
                  .map((other) => `"${t.what}" over ${other.what}`),
              );
            }),
        );
        expect(clashes, path).toEqual([]);
      }
      await sessions.current.goto('claims/ain-issa-escapees/');
      const labels = await page.$$eval('.figure-chart svg', (svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) =>
            [...svg.querySelectorAll('.figure-chart__row')].map((row) =>
              [...row.querySelectorAll('text')].map((t) => t.textContent?.trim()).join(' '),
            ),
          ),
      );
      expect(labels).toContain('100 · attributed to Syrian Observatory for Human Rights · BBC News');
      expect(new Set(labels).size).toBe(labels.length);
    });

    it(`gives each time-axis mark at ${width} px a tap target of 24 px or more, none overlapping`, async () => {
      const page = await start(width);
      await sessions.current.goto('');
      // On a phone the day-by-day rows are folded under the overview: open them.
      await page.locator('.axis__zoom--phone > summary').click();
      const boxes = await page.$$eval('.axis__zoom a .axis__hit', (hits) =>
        hits
          .map((hit) => hit.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })),
      );
      expect(boxes.length).toBeGreaterThan(10);
      for (const box of boxes) {
        expect(box.w).toBeGreaterThanOrEqual(24);
        expect(box.h).toBeGreaterThanOrEqual(24);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
            Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
          expect(overlap, `marks at ${a.x},${a.y} and ${b.x},${b.y}`).toBe(false);
        }
      }
    });
  }

  it('shows every search result, twenty at a time, with the focus on the first new one', async () => {
    const page = await start();
    await sessions.current.goto('search/?q=Syria');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/ found for /);
    // "3 events, 21 claims and 2 articles found for …": every kind's count, added up.
    const counts = (await status.textContent())!.split(' found for ')[0]!.match(/\d+/g)!;
    const total = counts.reduce((sum, n) => sum + Number(n), 0);
    expect(total).toBeGreaterThan(20);
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBe(20);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBe(Math.min(total, 40));
    const focused = await page.evaluate(
      () => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] li')[20],
    );
    expect(focused).toBe(true);
    expect(await page.locator('[data-search-more]').isHidden()).toBe(total <= 40);
  });

  it('sets the claim arrow right against the punctuation after a highlighted quote', async () => {
    const page = await start(390);
    await sessions.current.goto(ARTICLE);
    const gaps = await page.$$eval('.prose a.quote-claim', (arrows) =>
      arrows.flatMap((arrow) => {
        const next = arrow.nextSibling;
        if (!next || next.nodeType !== Node.TEXT_NODE || !/^[,.;:]/.test(next.textContent ?? '')) return [];
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        return [range.getBoundingClientRect().left - arrow.getBoundingClientRect().right];
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeLessThan(1);
  });

  for (const width of [600, 720]) {
    // About the width of a sheet of paper in CSS pixels, below and above the phone layout's breakpoint.
    it(`prints an event and the claims page at ${width} px with no controls and every column of the figure tables`, async () => {
      const page = await start(width);
      await page.emulateMedia({ media: 'print' });
      for (const path of [EVENT, 'claims/']) {
        await sessions.current.goto(path);
        const controls = await page.$$eval(
          '.copy-link, .site-header, .pager, .theme-toggle',
          (els) => els.filter((el) => getComputedStyle(el).display !== 'none').length,
        );
        expect(controls, path).toBe(0);
        const cells = await cellsOf(page);
        expect(cells.length, path).toBeGreaterThan(4);
        const scrolls = await page.$$eval('.table-scroll', (regions) =>
          regions.some((r) => r.scrollWidth > r.clientWidth),
        );
        expect(scrolls, path).toBe(false);
        for (const cell of cells) {
          expect(cell.width, path).toBeGreaterThan(0);
          expect(cell.right, path).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  it('prints an article’s address once, and the address of any other link to another site after it', async () => {
    const page = await start();
    await page.emulateMedia({ media: 'print' });
    const links = [];
    // One article with its address, one read in a copy from another site, named by its title.
    for (const path of [
      'articles/2019-10-13-trump-pulls-remaining-us-troops/',
      'articles/2019-01-11-us-official-says-withdrawal-has-begun/',
    ]) {
      await sessions.current.goto(path);
      links.push(
        ...(await page.$$eval('main a[href^="http"]', (anchors) =>
          anchors.map((a) => ({
            isAddress: a.textContent?.trim() === a.getAttribute('href'),
            after: getComputedStyle(a, '::after').content,
          })),
        )),
      );
    }
    expect(links.some((l) => !l.isAddress)).toBe(true);
    expect(links.some((l) => l.isAddress)).toBe(true);
    for (const link of links) {
      if (link.isAddress) expect(link.after).toBe('none');
      else expect(link.after).toContain('http');
    }
  });
});
