/**
 * axe-core on every page of the built site, in light and in dark, against the WCAG 2.2
 * level A and AA rules: zero violations. Pages come from the sitemap when the build has
 * one, else from the HTML files (see `sitePages`). And every page reflows at 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { describeInBrowser, type Session } from './harness.ts';
import { sitePages } from './site-pages.ts';

/** @see https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = sitePages();

describeInBrowser('accessibility: axe-core, WCAG 2.2 AA', (env) => {
  it('checks a page list that covers the site', () => {
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.filter((path) => path.startsWith('events/')).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((path) => path.startsWith('articles/')).length).toBeGreaterThanOrEqual(5);
  });

  // WCAG 1.4.10 Reflow, which axe cannot see: at 320 CSS pixels nothing scrolls sideways.
  it('reflows every page at 320 px wide, with no horizontal scrolling', async () => {
    const session = await env.session({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages) {
      await session.goto(path);
      const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`/${path} is ${overflow}px too wide`);
    }
    await session.close();
    expect(wide).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in ${colorScheme}`, () => {
      let session: Session;
      beforeAll(async () => {
        session = await env.session({ colorScheme });
      });
      afterAll(async () => {
        await session.close();
      });

      it.each(pages)(`/%s has no violations (${colorScheme})`, async (path) => {
        await session.goto(path);
        await expect(session.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(
          colorScheme === 'dark',
        );
        // Only violations are wanted: axe skips the detail of passes and incomplete checks.
        const { violations } = await new AxeBuilder({ page: session.page })
          .withTags(WCAG_22_AA)
          .options({ resultTypes: ['violations'] })
          .analyze();
        const found = violations.flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join('').trim()}`,
          ),
        );
        expect(found).toEqual([]);
        session.expectClean();
      });
    });
  }
});
