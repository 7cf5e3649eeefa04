/** Every claim anchor that any page or data file links to exists on the page it names. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { DIST, htmlFiles, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

const pages = new Map<string, HTMLElement>();
function pageAt(path: string): HTMLElement | undefined {
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  if (!pages.has(file)) {
    if (!existsSync(join(DIST, file))) return undefined;
    pages.set(file, readPage(file));
  }
  return pages.get(file);
}

/** Whether `href` (relative to the site root) leads to an element that exists. */
function resolves(href: string): boolean {
  const url = new URL(href, 'http://site.invalid/');
  const page = pageAt(url.pathname);
  return page !== undefined && (url.hash === '' || page.getElementById(decodeURIComponent(url.hash.slice(1))) !== null);
}

describe('anchors', () => {
  it('every internal link with a fragment, on every page, leads to an element that exists', () => {
    let checked = 0;
    for (const file of htmlFiles()) {
      for (const a of readPage(file).querySelectorAll('a[href*="#"]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) continue;
        const target = href.startsWith('#') ? `/${file.replace(/index\.html$/, '')}${href}` : href;
        expect(resolves(target), `${file}: ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('every claim has its permalink on its event page and its highlighted passage in its article', () => {
    const { content } = checkContentDir('content');
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        expect(resolves(`/events/${claim.event}/#claim-${claim.id}`), claim.id).toBe(true);
        const mark = pageAt(`/articles/${article.slug}/`)!.getElementById(`quote-${claim.id}`);
        expect(mark?.tagName, claim.id).toBe('MARK');
        // The passage links to its claim, and the claim links back to the passage.
        const card = pageAt(`/events/${claim.event}/`)!.getElementById(`claim-${claim.id}`)!;
        expect(
          card
            .querySelectorAll('a')
            .some((a) => a.getAttribute('href') === `/articles/${article.slug}/#quote-${claim.id}`),
        ).toBe(true);
      }
    }
  });

  it('the permalinks in the data files exist', () => {
    const claims = JSON.parse(readFileSync(join(DIST, 'data', 'claims.json'), 'utf8')).claims as {
      url: string;
      quoteUrl: string;
    }[];
    for (const claim of claims) {
      expect(resolves(new URL(claim.url).pathname + new URL(claim.url).hash), claim.url).toBe(true);
      expect(resolves(new URL(claim.quoteUrl).pathname + new URL(claim.quoteUrl).hash), claim.quoteUrl).toBe(true);
    }
  });
});
