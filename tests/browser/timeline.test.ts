/**
 * The index as a reader meets it, in Chromium at 320, 390, 768 and 1280 px: a time axis
 * whose marks stand over their own days and whose text is never under 12 px, one Tab stop
 * for the whole axis, a mark that lands on a visibly marked entry with its year, a compact
 * header on a phone with the first event near the top, the disputes line near the top, the
 * feed and data linked in the footer, and the site's name and addresses on paper.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, sessionPerTest } from './harness.ts';
import { inViewport, isTarget } from './page-helpers.ts';

const WIDTHS = [320, 390, 768, 1280];
const DAY = 86_400_000;

/** The copy of the axis's day-by-day insets on screen, opened where it is folded (a phone). */
async function openInsets(page: Page) {
  const summary = page.locator('.axis__zoom--phone > summary');
  if (await summary.isVisible()) await summary.click();
  return page.locator('.axis__zoom').filter({ visible: true });
}

/** Each inset's marks: the day in the id (ids start with their date), the dot's centre and the svg's box. */
const insetGeometry = (page: Page) =>
  page.$$eval('.axis__zoom .axis__days', (svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          left: box.left,
          width: box.width,
          marks: [...svg.querySelectorAll('a.axis__mark')].map((a) => {
            const dot = a.querySelector('circle')!.getBoundingClientRect();
            return { day: a.getAttribute('href')!.slice(1, 11), x: dot.left + dot.width / 2 };
          }),
          guides: [...svg.querySelectorAll('.axis__guide')].map((l) => l.getBoundingClientRect().left),
        };
      }),
  );

describeInBrowser('the timeline page', (env) => {
  const sessions = sessionPerTest(env);
  const start = async (width: number, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}) =>
    (await sessions.open({ viewport: { width, height: 800 }, ...options })).page;

  for (const width of WIDTHS) {
    it(`puts each mark over its own day at ${width} px: one scale per phase, a day of margin either side`, async () => {
      const page = await start(width);
      await sessions.current.goto('');
      await openInsets(page);
      const insets = await insetGeometry(page);
      expect(insets).toHaveLength(3);
      for (const inset of insets) {
        const days = inset.marks.map((m) => Date.parse(`${m.day}T00:00:00Z`));
        const from = Math.min(...days) - DAY;
        const to = Math.max(...days) + 2 * DAY;
        for (const [i, mark] of inset.marks.entries()) {
          const expected = inset.left + ((days[i]! + DAY / 2 - from) / (to - from)) * inset.width;
          expect(Math.abs(mark.x - expected), `${mark.day} at ${width} px`).toBeLessThan(1);
          // Its day's guide line runs through it.
          expect(
            inset.guides.some((g) => Math.abs(g - mark.x) < 1),
            mark.day,
          ).toBe(true);
        }
        // Marks of one day share a place, and different days never do.
        for (const a of inset.marks)
          for (const b of inset.marks) expect(Math.abs(a.x - b.x) < 0.5, `${a.day} / ${b.day}`).toBe(a.day === b.day);
      }
    });

    it(`sets every text of the axis at 12 px or more at ${width} px, none overprinting another or leaving its drawing`, async () => {
      const page = await start(width);
      await sessions.current.goto('');
      await openInsets(page);
      const texts = await page.$$eval('.axis svg', (svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const frame = svg.getBoundingClientRect();
            const boxes = [...svg.querySelectorAll('text')]
              .filter((t) => t.getClientRects().length > 0)
              .map((t) => {
                // The shown variant of a label (full or short month names) only.
                const parts = [...t.querySelectorAll('tspan')].filter((s) => getComputedStyle(s).display !== 'none');
                const box = (parts[0] ?? t).getBoundingClientRect();
                return {
                  text: (parts[0] ?? t).textContent!.trim(),
                  size: parseFloat(getComputedStyle(t).fontSize),
                  x: box.left,
                  y: box.top,
                  w: box.width,
                  h: box.height,
                };
              });
            return { left: frame.left, right: frame.right, boxes };
          }),
      );
      expect(texts.length).toBeGreaterThanOrEqual(4);
      for (const svg of texts) {
        for (const box of svg.boxes) {
          expect(box.size, box.text).toBeGreaterThanOrEqual(12);
          expect(box.x, box.text).toBeGreaterThanOrEqual(svg.left - 1);
          expect(box.x + box.w, box.text).toBeLessThanOrEqual(svg.right + 1);
        }
        for (const [i, a] of svg.boxes.entries()) {
          for (const b of svg.boxes.slice(i + 1)) {
            const overlap =
              Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
              Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
            expect(overlap, `"${a.text}" and "${b.text}" at ${width} px`).toBe(false);
          }
        }
      }
      const captions = await page.$$eval('.axis__caption, .axis__inset-title, .axis__zoom summary', (els) =>
        els.filter((el) => el.getClientRects().length > 0).map((el) => parseFloat(getComputedStyle(el).fontSize)),
      );
      for (const size of captions) expect(size).toBeGreaterThanOrEqual(12);
    });
  }

  it('shades each phase over exactly the days of its events', async () => {
    const page = await start(1280);
    await sessions.current.goto('');
    const bands = await page.$$eval('.axis__overview .axis__band', (rects) =>
      rects.map((rect) => {
        const box = rect.getBoundingClientRect();
        const ticks = [...rect.parentElement!.querySelectorAll('.axis__day-tick')].map(
          (t) => t.getBoundingClientRect().left,
        );
        return { left: box.left, right: box.right, ticks };
      }),
    );
    expect(bands).toHaveLength(3);
    const { left, width } = await page.locator('.axis__overview').evaluate((svg) => svg.getBoundingClientRect());
    const x = (iso: string) =>
      left +
      ((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2018, 11, 1)) / (Date.UTC(2019, 10, 1) - Date.UTC(2018, 11, 1))) *
        width;
    // The October band: from the start of 7 October to the end of 19 October, no more.
    expect(Math.abs(bands[2]!.left - x('2019-10-07'))).toBeLessThan(1.5);
    expect(Math.abs(bands[2]!.right - x('2019-10-20'))).toBeLessThan(1.5);
    for (const band of bands) for (const tick of band.ticks) expect(tick > band.left && tick < band.right).toBe(true);
  });

  for (const width of [390, 1280]) {
    it(`makes the axis one Tab stop at ${width} px, its marks reached with the arrow keys`, async () => {
      const page = await start(width);
      await sessions.current.goto('');
      await openInsets(page);
      await page.locator('.disputes a').last().focus();
      await page.keyboard.press('Tab');
      const stop = () =>
        page.evaluate(() => {
          const el = document.activeElement!;
          return { inAxis: !!el.closest('.axis'), href: el.getAttribute('href'), tag: el.tagName.toLowerCase() };
        });
      const first = await stop();
      if (first.tag === 'summary') await page.keyboard.press('Tab');
      await expect(stop()).resolves.toMatchObject({ inAxis: true, href: '#2018-12-15-coalition-airstrikes' });
      // The focus shows: the row's outline.
      const ring = await page.evaluate(() => {
        const hit = document.activeElement!.querySelector('.axis__hit')!;
        return parseFloat(getComputedStyle(hit).strokeWidth) >= 2 && getComputedStyle(hit).stroke !== 'none';
      });
      expect(ring).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(stop()).resolves.toMatchObject({ href: '#2018-12-20-mattis-resigns' });
      await page.keyboard.press('End');
      await expect(stop()).resolves.toMatchObject({ href: '#2019-10-19-esper-troops-to-iraq' });
      await page.keyboard.press('Tab');
      await expect(stop()).resolves.toMatchObject({ inAxis: false });
      // Back in: to the mark last visited, not the first.
      await page.keyboard.press('Shift+Tab');
      await expect(stop()).resolves.toMatchObject({ href: '#2019-10-19-esper-troops-to-iraq' });
    });
  }

  it('counts one Tab stop for the axis without JavaScript too', async () => {
    const page = await start(1280, { javaScriptEnabled: false });
    await sessions.current.goto('');
    const stops = await page.$$eval(
      '.axis a, .axis summary',
      (els) => els.filter((el) => el.getClientRects().length > 0 && (el as HTMLElement).tabIndex >= 0).length,
    );
    expect(stops).toBe(1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lands a tapped mark on its entry, marked as the target and dated with its year (${colorScheme})`, async () => {
      const page = await start(390, { colorScheme });
      await sessions.current.goto('');
      await openInsets(page);
      await page.locator('.axis__zoom--phone a[href="#2019-10-13-ain-issa-camp-escape"]').click();
      expect(sessions.current.where()).toBe('#2019-10-13-ain-issa-camp-escape');
      const entry = page.locator('[id="2019-10-13-ain-issa-camp-escape"]');
      await expect(isTarget(entry)).resolves.toBe(true);
      await expect(inViewport(entry)).resolves.toBe(true);
      const look = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            background: style.backgroundColor,
          };
        });
      const target = await look('[id="2019-10-13-ain-issa-camp-escape"]');
      const other = await look('[id="2019-10-12-european-marches"]');
      expect(target.outline).not.toBe('none');
      expect(target.width).toBeGreaterThanOrEqual(2);
      expect(target.background).not.toBe(other.background);
      await expect(entry.locator('.entry__date').textContent()).resolves.toMatch(/^13 October 2019/);
    });
  }

  it('keeps the header of a phone to two rows, every link on one of them, and the first event near the top', async () => {
    for (const width of [320, 390]) {
      const page = await start(width);
      await sessions.current.goto('');
      const header = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('.site-nav li')]
          .filter((li) => li.getClientRects().length > 0)
          .map((li) => Math.round(li.getBoundingClientRect().top));
        const name = document.querySelector('.site-name')!.getBoundingClientRect();
        return {
          height: document.querySelector('.site-header')!.getBoundingClientRect().height,
          tops,
          nameLines: Math.round(
            name.height / parseFloat(getComputedStyle(document.querySelector('.site-name')!).lineHeight),
          ),
          overflow: document.documentElement.scrollWidth > innerWidth,
          // Measured below the local-build notice, which a published build does not have.
          firstEntry:
            document.querySelector('.entry')!.getBoundingClientRect().top +
            scrollY -
            (document.querySelector('.local-build-notice')?.getBoundingClientRect().height ?? 0),
        };
      });
      expect(header.tops).toHaveLength(5);
      expect(new Set(header.tops).size, `nav rows at ${width} px`).toBe(1);
      expect(header.height, `header at ${width} px`).toBeLessThanOrEqual(90);
      expect(header.overflow).toBe(false);
      // It was 1,556 px down at 320 px before the header was made compact and the axis folded.
      expect(header.firstEntry, `first event at ${width} px`).toBeLessThan(1200);
      sessions.current.expectClean();
      await sessions.current.close();
    }
  });

  it('names each dispute near the top of the page, each line linking to its measure', async () => {
    const page = await start(1280);
    await sessions.current.goto('');
    const disputes = await page.$$eval('.disputes li', (items) =>
      items.map((li) => ({
        text: li.textContent!,
        href: li.querySelector('a')!.getAttribute('href')!,
        top: li.getBoundingClientRect().top,
      })),
    );
    expect(disputes.length).toBeGreaterThanOrEqual(1);
    const axisTop = await page.locator('.axis').evaluate((el) => el.getBoundingClientRect().top);
    for (const dispute of disputes) {
      expect(dispute.top).toBeLessThan(axisTop);
      expect(dispute.text).toMatch(/\d+ to [\d,]+ \w+/);
      const url = new URL(dispute.href, page.url());
      const response = await page.request.get(url.href);
      expect(response.status(), dispute.href).toBe(200);
      if (url.hash) expect(await response.text()).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  it('links the feed and the data exports in the footer of every kind of page', async () => {
    const page = await start(390);
    for (const path of ['', 'events/2019-10-13-ain-issa-camp-escape/', 'about/']) {
      await sessions.current.goto(path);
      const links = await page.$$eval('.site-footer a', (anchors) =>
        anchors
          .filter((a) => a.getClientRects().length > 0)
          .map((a) => ({ text: a.textContent!.trim(), href: (a as HTMLAnchorElement).href })),
      );
      const hrefs = links.map((l) => new URL(l.href).pathname);
      expect(
        hrefs.some((h) => h.endsWith('/rss.xml')),
        path,
      ).toBe(true);
      for (const file of ['events.json', 'claims.json', 'figures.csv', 'schema-v1.json'])
        expect(
          hrefs.some((h) => h.endsWith(`/data/${file}`)),
          `${file} on /${path}`,
        ).toBe(true);
      for (const link of links) expect((await page.request.get(link.href)).status(), link.href).toBe(200);
    }
  });

  it('prints the site’s name, the page’s address and the address of each link', async () => {
    const page = await start(720);
    await page.emulateMedia({ media: 'print' });
    for (const path of ['', 'events/2019-10-13-ain-issa-camp-escape/']) {
      await sessions.current.goto(path);
      const head = page.locator('.print-source');
      await expect(head.isVisible()).resolves.toBe(true);
      const text = (await head.textContent())!;
      expect(text).toContain('The US withdrawal from Syria');
      expect(text).toMatch(new RegExp(`https?://[^ ]+/${path.replace(/\//g, '\\/')}$`));
      const afters = await page.$$eval('main a[href]:not([href^="#"]):not(table.figures a)', (anchors) =>
        anchors
          .filter((a) => a.getClientRects().length > 0 && a.textContent!.trim() !== a.getAttribute('href'))
          .map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
      );
      expect(afters.length, path).toBeGreaterThan(5);
      for (const { href, after } of afters) expect(after, href).toContain(href);
    }
    // On screen, none of it.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-source').isVisible()).resolves.toBe(false);
  });
});
