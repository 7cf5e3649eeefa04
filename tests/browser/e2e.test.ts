/**
 * A reader's paths through the built site, in Chromium: the timeline, an event, a claim's
 * passage in its article and back, a permalink, previous and next, the skip link, the
 * 404 page. Every test also asserts no console error and no request to another origin.
 */
import { expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { describeInBrowser, sessionPerTest } from './harness.ts';
import { inViewport, isTarget } from './page-helpers.ts';

const { content } = checkContentDir('content');
const claims = content.articles.flatMap((article) =>
  article.data.claims.map((claim) => ({ ...claim, article: article.slug })),
);
/** The event with the most claims, and its last one: far down its page. */
const busiest = [...content.events].sort(
  (a, b) => claims.filter((c) => c.event === b.id).length - claims.filter((c) => c.event === a.id).length,
)[0]!;
const deepClaim = claims.filter((claim) => claim.event === busiest.id).at(-1)!;

describeInBrowser('reading the site in Chromium', (env) => {
  const sessions = sessionPerTest(env, {});

  it('opens the timeline with every event, and follows one to its page', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('');
    await expect(page.locator('ol.timeline > li').count()).resolves.toBe(content.events.length);
    const link = page.locator('ol.timeline .entry__title a').nth(2);
    const title = (await link.textContent())!.trim();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(sessions.current.where()).toMatch(/^events\/[\w-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
  });

  it('follows a claim to its passage in the article, and the passage back to the claim', async () => {
    const { page } = sessions.current;
    const claim = deepClaim;
    await sessions.current.goto(`events/${claim.event}/`);
    await page.locator(`#claim-${claim.id}`).getByRole('link', { name: 'Read the passage in context' }).click();
    await page.waitForURL((url) => url.hash === `#quote-${claim.id}`);
    expect(sessions.current.where()).toBe(`articles/${claim.article}/#quote-${claim.id}`);
    const mark = page.locator(`mark#quote-${claim.id}`);
    await expect(isTarget(mark)).resolves.toBe(true);
    await expect(inViewport(mark)).resolves.toBe(true);

    await page.locator(`a.quote-claim[href$="#claim-${claim.id}"]`).click();
    await page.waitForURL((url) => url.hash === `#claim-${claim.id}`);
    expect(sessions.current.where()).toBe(`events/${claim.event}/#claim-${claim.id}`);
    await expect(inViewport(page.locator(`#claim-${claim.id}`))).resolves.toBe(true);

    await page.goBack();
    expect(sessions.current.where()).toBe(`articles/${claim.article}/#quote-${claim.id}`);
    await page.goBack();
    expect(sessions.current.where()).toBe(`events/${claim.event}/`);
  });

  it('opens an event permalink with #claim-<id> at that claim', async () => {
    await sessions.current.goto(`events/${deepClaim.event}/#claim-${deepClaim.id}`);
    const card = sessions.current.page.locator(`#claim-${deepClaim.id}`);
    await expect(isTarget(card)).resolves.toBe(true);
    await expect(inViewport(card)).resolves.toBe(true);
    await expect(sessions.current.page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
  });

  it('walks the whole timeline with "Next", and steps back with "Previous"', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('');
    const order = (
      await page
        .locator('ol.timeline .entry__title a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
    ).map((path) => path.slice(sessions.current.server.base.length));
    await sessions.current.goto(order[0]);
    await expect(page.locator('a[rel=prev]').count()).resolves.toBe(0);
    const visited = [sessions.current.where()];
    while ((await page.locator('a[rel=next]').count()) > 0) {
      await Promise.all([page.waitForEvent('load'), page.locator('a[rel=next]').click()]);
      visited.push(sessions.current.where());
    }
    expect(visited).toEqual(order);
    await Promise.all([page.waitForEvent('load'), page.locator('a[rel=prev]').click()]);
    expect(sessions.current.where()).toBe(order.at(-2));
  });

  it('moves focus to the main content with the skip link', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('about/');
    // The skip link is off screen until it has focus: a keyboard user's tool.
    await page.keyboard.press('Tab');
    await expect(inViewport(page.locator('a.skip-link'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(sessions.current.where()).toBe('about/#main');
  });

  it('answers a missing page with the 404 page, which leads back to the timeline', async () => {
    const { page } = sessions.current;
    const url = sessions.current.expectMissing('events/no-such-event/');
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.getByRole('link', { name: 'Go to the timeline' }).click();
    await page.waitForURL(sessions.current.server.url(''));
    await expect(page.locator('ol.timeline').count()).resolves.toBeGreaterThan(0);
  });

  it("keeps a space between sentences and links in the site's own text (none run together)", async () => {
    // Astro's compressed HTML drops the newline between inline elements: `{' '}` must stand in.
    const runTogether = /[a-z][.!?;,][A-Z“]|[\w”’]\((?!s\))/;
    for (const path of ['', `events/${deepClaim.event}/`, `articles/${deepClaim.article}/`, 'about/', 'articles/']) {
      await sessions.current.goto(path);
      const text = await sessions.current.page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        // The articles' own text and quotes are kept as published, typing errors and all.
        for (const quoted of copy.querySelectorAll('.prose, blockquote')) quoted.remove();
        document.body.append(copy);
        const shown = copy.innerText;
        copy.remove();
        return shown;
      });
      expect(
        text.split('\n').filter((line) => runTogether.test(line)),
        path,
      ).toEqual([]);
    }
  });

  it('marks the current page in the navigation, which reaches every section', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('');
    for (const [label, path] of [
      ['Articles', 'articles/'],
      ['About', 'about/'],
      ['Timeline', ''],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await page.waitForURL(sessions.current.server.url(path));
      await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).resolves.toBe(label);
    }
  });
});
