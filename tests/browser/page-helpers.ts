/** What a test asks of a page: where the browser has scrolled, what has focus. */
import type { Locator, Page } from 'playwright-core';

/** Whether the element is the page's `:target` (what the URL's #fragment points at). */
export function isTarget(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.matches(':target'));
}

/** Whether the element's top is on screen: the browser has scrolled to it. */
export function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  });
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}
