/**
 * The site's controls in Chromium: copy a link, search, filter the timeline in place,
 * switch the theme. Each works under the page's CSP with no console error and no request
 * to another origin, and each has its plain fallback (a link, a form, a filter page).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../src/lib/site/site.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { describeInBrowser, sessionPerTest } from './harness.ts';

const { content } = checkContentDir('content');
const EVENT = '2019-10-13-ain-issa-camp-escape';
const claim = content.articles.flatMap((a) => a.data.claims).find((c) => c.event === EVENT)!;
/** The canonical URLs the build wrote (`SITE_URL`, `BASE_PATH`, with their defaults). */
const site = siteConfig();

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Whether an `rgb(…)` colour is dark: its mean channel below the middle. */
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
  return (r! + g! + b!) / 3 < 128;
};

describeInBrowser('the controls in Chromium', (env) => {
  const sessions = sessionPerTest(env, {});

  it('copies an event link and a claim link, and says so where a screen reader hears it', async () => {
    const { page, context } = sessions.current;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sessions.current.server.origin });
    await sessions.current.goto(`events/${EVENT}/`);

    const own = page.locator('.event__header [data-copy-link]');
    await own.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect.poll(() => own.getByRole('status').textContent()).toBe('Link copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${site.url}${site.base}events/${EVENT}/`,
    );

    const card = page.locator(`#claim-${claim.id} [data-copy-link]`);
    await card.getByRole('button', { name: 'Copy link to this claim' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Link copied');
    // A claim's shared link is its own page: a fragment cannot carry the claim's own link preview.
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${site.url}${site.base}events/${EVENT}/claims/${claim.id}/`,
    );
  });

  it('searches from the header box and lists results with excerpts that lead to their pages', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('');
    await page.locator('#site-search-q').fill('Ain Issa');
    await Promise.all([page.waitForURL(/\/search\/\?q=Ain\+Issa$/), page.keyboard.press('Enter')]);
    // The query carried over into the search page's own box.
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('Ain Issa');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ \w.* found for “Ain Issa”/);
    const results = page.locator('[data-search-results] > li');
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.first().locator('p mark').count()).resolves.toBeGreaterThan(0);

    const first = results.first().locator('h2 a');
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(site.base)).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === href.split('#')[0]), first.click()]);
    await expect(page.locator('main').textContent()).resolves.toMatch(/Ain Issa/);
  });

  it('finds pages from every part of the index in one list: events, claims, articles', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('search/?q=Ain+Issa');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/ found for /);
    // Counted by kind ("2 events, 21 claims and 3 articles found for …"): the counts add up to every result.
    const counts = (await status.textContent())!.split(' found for ')[0]!.match(/\d+/g)!;
    const total = counts.reduce((sum, n) => sum + Number(n), 0);
    const results = page.locator('[data-search-results] > li');
    // Twenty at a time: each "Show more results" once the last twenty are in.
    for (let shown = Math.min(total, 20); ; shown = Math.min(total, shown + 20)) {
      await expect.poll(() => results.count()).toBe(shown);
      if (shown === total) break;
      await page.locator('[data-search-more]').click();
    }
    const hrefs = await results.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.some((href) => /\/events\/[^/]+\/$/.test(href))).toBe(true);
    expect(hrefs.some((href) => /\/events\/[^/]+\/claims\/[^/]+\/$/.test(href))).toBe(true);
    expect(hrefs.some((href) => /\/articles\/[^/]+\/$/.test(href))).toBe(true);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('says so when a search finds nothing', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('search/?q=zzxqv');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
      .toBe('Nothing found for “zzxqv”.');
    await expect(page.locator('[data-search-results] > li').count()).resolves.toBe(0);
  });

  it('filters the timeline in place, puts the filter in the address, and the back button undoes it', async () => {
    const { page } = sessions.current;
    // What the filter page for one actor lists, without JavaScript's help.
    await sessions.current.goto('');
    const link = page.locator('.filters a[data-filter-kind="actor"]').first();
    const slug = (await link.getAttribute('data-filter-value'))!;
    const all = await page.locator('li.entry').count();
    await sessions.current.goto(`actors/${slug}/`);
    const expected = await page.locator('li.entry').count();
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all);

    await sessions.current.goto('');
    await link.locator('xpath=ancestor::details/summary').click();
    await link.click();
    await page.waitForURL((url) => url.search === `?actor=${slug}`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(expected);
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toContain(`${expected} of ${all} events`);
    await expect(link.getAttribute('aria-current')).resolves.toBe('true');

    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(all);

    // The address is the filter: opened directly, it shows the same events.
    await sessions.current.goto(`?actor=${slug}`);
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(expected);
    await page.getByRole('button', { name: 'Show all events' }).click();
    await expect(page.locator('li.entry:visible').count()).resolves.toBe(all);
    expect(new URL(page.url()).search).toBe('');
  });

  it('switches the theme, remembers the choice, and paints it without waiting for any module script', async () => {
    const { page } = sessions.current;
    await sessions.current.goto(`events/${EVENT}/`);
    expect(isDark(await background(page))).toBe(false);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(isDark(await background(page))).toBe(true);

    // The page without its module scripts (inline or files): it must still be dark, from
    // the inline theme script in <head> alone, which runs before the first paint.
    const home = sessions.current.server.url('');
    await page.route(home, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(home);
    await expect(page.evaluate(() => document.querySelectorAll('script[type=module]').length)).resolves.toBe(0);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(isDark(await background(page))).toBe(true);
    await page.unrouteAll();
    await page.reload();

    await page.locator('[data-theme-toggle]').click();
    expect(isDark(await background(page))).toBe(false);
    await page.reload();
    expect(isDark(await background(page))).toBe(false);
  });

  const clsPaths = ['', `events/${EVENT}/`, `articles/${content.articles[0]!.slug}/`, 'claims/'];
  it.each(clsPaths)('lays /%s out once: nothing shifts while its scripts load (CLS 0), on a phone', async (path) => {
    // A phone's scrollbar overlays the page; a desktop one appearing late on a long page would shift it.
    const phone = await env.session({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await phone.page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { shifts: string[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node }[];
          })[]) {
            shifts.push(
              `${entry.value.toFixed(4)} ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60)).join(', ')}`,
            );
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await phone.goto(path);
      await phone.page.waitForLoadState('networkidle');
      await expect(phone.page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).resolves.toEqual([]);
      phone.expectClean();
    } finally {
      await phone.close();
    }
  });

  it('shows no theme button to a reader without JavaScript, and one to a reader with it', async () => {
    const plain = await env.session({ javaScriptEnabled: false });
    try {
      await plain.goto('');
      await expect(plain.page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
    } finally {
      await plain.close();
    }
    await sessions.current.goto('');
    await expect(sessions.current.page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(true);
  });
});
