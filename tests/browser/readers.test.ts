/**
 * What a reader meets, second pass (issue 32): filters of different kinds narrow together,
 * a failed copy never shows a tick, search keeps the page still while results arrive.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { describeInBrowser, type Session } from './harness.ts';

const { content } = checkContentDir('content');
/** An actor and a topic that share some events but not all: the two filters must narrow each other. */
const pair = (() => {
  for (const event of content.events) {
    for (const actor of event.actors) {
      for (const topic of event.topics) {
        const both = content.events.filter((e) => e.actors.includes(actor) && e.topics.includes(topic)).length;
        const byActor = content.events.filter((e) => e.actors.includes(actor)).length;
        const byTopic = content.events.filter((e) => e.topics.includes(topic)).length;
        if (both < byActor && both < byTopic) return { actor, topic, both, byActor };
      }
    }
  }
  throw new Error('no actor and topic narrow each other in the content');
})();
const claimsOf = (event: string) =>
  content.articles.flatMap((a) => a.data.claims).filter((c) => c.event === event).length;
/** How many measures with more than one figure an event has: each is a table on its page. */
const measuresOf = (event: string) => {
  const figures = content.articles.flatMap((a) => a.data.claims).filter((c) => c.event === event && c.figure);
  const byMeasure = new Map<string, number>();
  for (const c of figures) byMeasure.set(c.figure!.measure, (byMeasure.get(c.figure!.measure) ?? 0) + 1);
  return [...byMeasure.values()].filter((n) => n > 1).length;
};
const count = (actor: string, topic: string) =>
  content.events.filter(
    (e) => (e.actors as readonly string[]).includes(actor) && (e.topics as readonly string[]).includes(topic),
  ).length;

describeInBrowser('a reader’s second pass', (env) => {
  let session: Session;
  beforeEach(async () => {
    session = await env.session();
  });
  afterEach(async () => {
    try {
      session.expectClean();
    } finally {
      await session.close();
    }
  });

  it('narrows the timeline by an actor and a topic together, from the address', async () => {
    const { page } = session;
    await session.goto(`?actor=turkey&topic=diplomacy`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(count('turkey', 'diplomacy'));
    const status = (await page.locator('[data-filter-status]').textContent())!;
    expect(status).toContain('Turkey');
    expect(status).toContain('diplomacy');
    expect(status).toContain(`${count('turkey', 'diplomacy')} of ${content.events.length} events`);
  });

  it('adds a second filter of another kind to the address on a click, and takes it away on a second', async () => {
    const { page } = session;
    await session.goto(`?actor=${pair.actor}`);
    const topic = page.locator(`.filters a[data-filter-kind="topic"][data-filter-value="${pair.topic}"]`);
    await topic.locator('xpath=ancestor::details/summary').click();
    await topic.click();
    await page.waitForURL((url) => url.search === `?actor=${pair.actor}&topic=${pair.topic}`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(pair.both);
    await topic.click();
    await page.waitForURL((url) => url.search === `?actor=${pair.actor}`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(pair.byActor);
  });

  it('lets the address narrow a filter page: the page’s own filter stays', async () => {
    const { page } = session;
    await session.goto(`actors/${pair.actor}/?topic=${pair.topic}`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(pair.both);
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toContain(
      `${pair.both} of ${pair.byActor} events`,
    );
    await page.getByRole('button', { name: /^Show all events/ }).click();
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(pair.byActor);
    expect(new URL(page.url()).search).toBe('');
  });

  it('announces a refused copy without a tick, and a copy that happened with one', async () => {
    const { page, context } = session;
    const event = content.events[0]!.id;
    const before = () =>
      page.locator('.event__header .copy-link__status').evaluate((el) => ({
        text: el.textContent,
        tick: getComputedStyle(el, '::before').content,
      }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    await session.goto(`events/${event}/`);
    await page.locator('.event__header [data-copy]').click();
    await expect.poll(before).toEqual({ text: 'Link copied', tick: '"✓ "' });

    // The browser refuses the clipboard: the message says so, and nothing ticks it.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.locator('.event__header [data-copy]').click();
    await expect.poll(before).toEqual({ text: 'Could not copy: use the link instead', tick: 'none' });
  });

  for (const width of [320, 390, 1280]) {
    it(`keeps the search page still while results arrive at ${width} px (CLS at most 0.1)`, async () => {
      const narrow = await env.session({ viewport: { width, height: 800 }, isMobile: width < 400 });
      try {
        await narrow.page.addInitScript(() => {
          const w = window as unknown as { cls: number };
          w.cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!entry.hadRecentInput) w.cls += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await narrow.goto('search/?q=Ain+Issa');
        await expect
          .poll(() => narrow.page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
          .toMatch(/found for/);
        await narrow.page.waitForTimeout(500);
        const cls = await narrow.page.evaluate(() => (window as unknown as { cls: number }).cls);
        expect(cls).toBeLessThanOrEqual(0.1);
        narrow.expectClean();
      } finally {
        await narrow.close();
      }
    });
  }

  it('names each search result’s kind and date, and counts the results by kind', async () => {
    const { page } = session;
    await session.goto('search/?q=Ain+Issa');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    const text = (await status.textContent())!;
    expect(text).not.toMatch(/^\d+ pages? found/);
    const counts = [
      ...text.matchAll(
        /(\d+) (events?|claims?|articles?|people|person|organisations?|places?|tables? of figures|other pages?)/g,
      ),
    ];
    expect(counts.length).toBeGreaterThan(0);
    const results = page.locator('[data-search-results] > li');
    const kinds = await results.locator('.search-result__kind').allTextContents();
    expect(kinds.length).toBe(await results.count());
    for (const kind of kinds)
      expect(kind).toMatch(/^(Event|Claim|Article|Person|Organisation|Place|Table of figures|Other page)\b/);
    // An event or a claim is dated, the way its page dates it.
    const dated = kinds.filter((kind) => /^(Event|Claim|Article)/.test(kind));
    expect(dated.length).toBeGreaterThan(0);
    for (const kind of dated) expect(kind).toMatch(/ · .*\d{4}$/);
    // The counts add up to every result, shown or still to show.
    const total = counts.reduce((sum, [, n]) => sum + Number(n), 0);
    const shown = /\((\d+) shown\)/.exec(text);
    expect(shown ? total > Number(shown[1]) : total === kinds.length).toBe(true);
  });

  it('gives a long event page a contents list whose links land on its sections', async () => {
    const { page } = session;
    const longest = [...content.events].sort((a, b) => claimsOf(b.id) - claimsOf(a.id))[0]!;
    await session.goto(`events/${longest.id}/`);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const texts = await links.allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['Who said what', 'Articles']));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href).count(), href).resolves.toBe(1);
    }
  });

  for (const width of [320, 1280]) {
    it(`makes a table's scroll region a Tab stop only where it scrolls, at ${width} px`, async () => {
      const narrow = await env.session({ viewport: { width, height: 900 } });
      try {
        const withTables = content.events.find((e) => measuresOf(e.id) > 1) ?? content.events[0]!;
        await narrow.goto(`events/${withTables.id}/`);
        await narrow.page.waitForTimeout(200);
        const regions = await narrow.page.$$eval('.table-scroll', (els) =>
          els.map((el) => ({
            scrolls: el.scrollWidth > el.clientWidth + 1,
            tabbable: (el as HTMLElement).tabIndex >= 0,
          })),
        );
        expect(regions.length).toBeGreaterThan(0);
        for (const region of regions) expect(region.tabbable).toBe(region.scrolls);
        narrow.expectClean();
      } finally {
        await narrow.close();
      }
    });
  }

  for (const width of [320, 390, 1280]) {
    it(`cuts an axis title only where its row has no room, at a word, at ${width} px`, async () => {
      const narrow = await env.session({ viewport: { width, height: 900 } });
      try {
        await narrow.goto('');
        // On a phone the day-by-day rows are folded: open them.
        const fold = narrow.page.locator('.axis__zoom--phone > summary');
        if (await fold.isVisible()) await fold.click();
        const labels = await narrow.page.$$eval('.axis__zoom', (zooms) =>
          zooms
            .filter((zoom) => zoom.getClientRects().length > 0)
            .flatMap((zoom) => [...zoom.querySelectorAll<SVGAElement>('.axis__mark')])
            .map((mark) => {
              const svg = mark.ownerSVGElement!.getBoundingClientRect();
              const dot = mark.querySelector('circle')!.getBoundingClientRect();
              const text = mark.querySelector<SVGTextElement>('.axis__label')!;
              const shown = [...text.querySelectorAll('tspan')].filter((t) => getComputedStyle(t).display !== 'none');
              const box = text.getBoundingClientRect();
              const after = text.getAttribute('text-anchor') === 'start';
              const room = after
                ? svg.right - (dot.left + dot.width / 2) - 10
                : dot.left + dot.width / 2 - 10 - svg.left;
              const title = mark.getAttribute('aria-label')!.replace(/^[^:]*: /, '');
              const kept = shown
                .map((t) => t.textContent)
                .join('')
                .replace(/…$/, '');
              const next = title.slice(kept.length).trim().split(' ')[0] ?? '';
              const context = document.createElement('canvas').getContext('2d')!;
              const style = getComputedStyle(text);
              context.font = `${style.fontSize} ${style.fontFamily}`;
              return {
                room,
                next: context.measureText(` ${next}`).width,
                title,
                shown: shown.map((t) => t.textContent).join(''),
                count: shown.length,
                free: room - box.width,
              };
            }),
        );
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) {
          expect(label.count, label.title).toBe(1);
          if (!label.shown.endsWith('…')) {
            expect(label.shown).toBe(label.title);
            continue;
          }
          const kept = label.shown.slice(0, -1);
          // At a word (a comma or colon before the cut may go), and never down to a single
          // word: enough to tell the event.
          expect(label.title.startsWith(kept) && /^[,;:.]?\s/.test(label.title.slice(kept.length)), label.title).toBe(
            true,
          );
          expect(kept.split(' ').length, label.title).toBeGreaterThanOrEqual(2);
          // Cut because the row had no room for the next word, within the safety margin of the
          // width estimate that keeps every title inside its drawing, and the 48 px by which an
          // inset may be wider than the width its fit was made for (INSET_WIDTHS, src/lib/view/axis.ts).
          expect(label.free, label.title).toBeLessThan(label.next + 0.15 * label.room + 48);
        }
        narrow.expectClean();
      } finally {
        await narrow.close();
      }
    });
  }

  it('says on the axis, where the gap is, that no article covers those months', async () => {
    const { page } = session;
    await session.goto('');
    const gap = page.locator('.axis__gap text');
    await expect(gap.count()).resolves.toBeGreaterThan(0);
    await expect(gap.first().textContent()).resolves.toContain('No article');
    await expect(page.locator('#axis-caption').textContent()).resolves.toMatch(
      /the phases shaded\. No article in this collection covers \w+/,
    );
    // The gap has no event in it: each event's dot is outside its stretch of the overview.
    const outside = await page.$eval('.axis__overview', (svg) => {
      const gaps = [...svg.querySelectorAll('.axis__gap-line')].map((l) => l.getBoundingClientRect());
      const ticks = [...svg.querySelectorAll('.axis__day-tick')].map((t) => t.getBoundingClientRect().left);
      return ticks.every((x) => gaps.every((g) => x <= g.left || x >= g.right));
    });
    expect(outside).toBe(true);
  });

  it('says each day-by-day inset’s own scale', async () => {
    const { page } = session;
    await session.goto('');
    const titles = await page.locator('.axis__zoom--wide .axis__inset-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/\(\d+ days across\)/);
    await expect(page.locator('.axis__zoom--phone > summary').textContent()).resolves.toContain(
      'each at its own scale',
    );
  });
});
