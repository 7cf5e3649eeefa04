/**
 * "Copy link" for each event and each claim: a plain link without JavaScript; with it,
 * copying through the Clipboard API, with a visible, announced confirmation. Its script
 * is measured here: under 2 KB gzip. In Chromium: tests/browser/controls.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { siteConfig } from '../../src/lib/site/site.ts';
import { pageText, readPage, requireDist } from './dist.ts';

const { content } = checkContentDir('content');
const site = siteConfig(process.env);
const EVENT = '2019-10-13-ain-issa-camp-escape';

/** The Copy-link script as built: inline or a file under _astro/, told apart by what it does. */
function copyLinkScript(): string {
  const page = readPage(`events/${EVENT}/index.html`);
  const scripts = page.querySelectorAll('script').map((script) => {
    const src = script.getAttribute('src');
    return src ? pageText(src.slice(site.base.length)) : script.rawText;
  });
  const found = scripts.filter((code) => code.includes('data-copy-link'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

beforeAll(requireDist);

describe('Copy link, without JavaScript', () => {
  it('is a plain link to the event, and to each claim’s own page, with the buttons hidden until they work', () => {
    for (const event of content.events) {
      const page = readPage(`events/${event.id}/index.html`);
      const own = page.querySelector('.event__header [data-copy-link]');
      expect(own?.querySelector('a')?.getAttribute('href'), event.id).toBe(`${site.base}events/${event.id}/`);
      expect(own?.getAttribute('data-url')).toBe(`${site.url}${site.base}events/${event.id}/`);
      for (const button of own!.querySelectorAll('button')) expect(button.hasAttribute('hidden')).toBe(true);
      for (const card of page.querySelectorAll('article.claim')) {
        // A claim's own page carries its link preview (a fragment cannot), and leads back here.
        const claimPage = `events/${event.id}/claims/${card.id.replace(/^claim-/, '')}/`;
        expect(card.querySelector('[data-copy-link] a')?.getAttribute('href')).toBe(`${site.base}${claimPage}`);
        const own = readPage(`${claimPage}index.html`);
        expect(own.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
          /\/claims\/[^/]+\.png$/,
        );
        expect(own.querySelector(`a[href="${site.base}events/${event.id}/#${card.id}"]`), claimPage).not.toBeNull();
      }
    }
  });

  it('has a live region that announces the result', () => {
    const status = readPage(`events/${EVENT}/index.html`).querySelector('[data-copy-link] [role=status]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('the Copy link script', () => {
  it('is under 2 KB gzip', () => {
    const size = gzipSync(copyLinkScript(), { level: 9 }).length;
    console.log(`Copy link script: ${copyLinkScript().length} bytes, ${size} bytes gzip`);
    expect(size).toBeLessThan(2048);
  });
});
