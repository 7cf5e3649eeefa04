/**
 * The site with the keyboard alone: the first Tab stop is the skip link, which moves focus
 * to the main content, and the main path (timeline → event → passage in its article →
 * back to the claim → next event) works with Tab and Enter, with focus always visible.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { describeInBrowser, sessionPerTest } from './harness.ts';
import { inViewport, tabTo } from './page-helpers.ts';

const { content } = checkContentDir('content');
const article = content.articles[0]!;
const claim = article.data.claims[0]!;

/** The focused element, described, and whether its focus ring shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      text: el?.textContent?.trim(),
      ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  });
}

describeInBrowser('the keyboard alone', (env) => {
  const sessions = sessionPerTest(env, {});

  it.each(['', `events/${claim.event}/`, `articles/${article.slug}/`, '404.html'])(
    'reaches the skip link first on /%s, and the skip link moves focus to the main content',
    async (path) => {
      const { page } = sessions.current;
      await sessions.current.goto(path);
      await page.keyboard.press('Tab');
      await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Skip to content', ring: true });
      await expect(inViewport(page.locator('.skip-link'))).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(focused(page)).resolves.toMatchObject({ tag: 'main', id: 'main' });
      // The next Tab continues inside the main content, not back in the header.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
    },
  );

  it('follows the main path: timeline → event → passage in the article → claim → next event', async () => {
    const { page } = sessions.current;
    await sessions.current.goto('');

    await tabTo(page, `.entry__title a[href$="/events/${claim.event}/"]`);
    await expect(focused(page)).resolves.toMatchObject({ ring: true });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(sessions.current.where()).toBe(`events/${claim.event}/`);

    await tabTo(page, `#claim-${claim.id} a[href$="#quote-${claim.id}"]`);
    await expect(focused(page)).resolves.toMatchObject({ text: 'Read the passage in context', ring: true });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(sessions.current.where()).toBe(`articles/${article.slug}/#quote-${claim.id}`);
    await expect(inViewport(page.locator(`#quote-${claim.id}`))).resolves.toBe(true);

    // From the highlighted passage, the next Tab stops go on from there, to its arrow.
    await tabTo(page, `a.quote-claim[href$="#claim-${claim.id}"]`, 5);
    await expect(focused(page)).resolves.toMatchObject({ ring: true });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(sessions.current.where()).toBe(`events/${claim.event}/#claim-${claim.id}`);

    await tabTo(page, 'a[rel=next]');
    await expect(focused(page)).resolves.toMatchObject({ ring: true });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(sessions.current.where()).not.toBe(`events/${claim.event}/`);
    expect(sessions.current.where()).toMatch(/^events\/[\w-]+\/$/);
  });
});
