/**
 * The page budget, on the built site: every page reads at once on a slow phone.
 * Sizes, not timings (timings are measured by `npm run bench` and `npm run lighthouse`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { normalizeText } from '../../src/lib/markdown/text-fold.ts';
import { siteConfig } from '../../src/lib/site/site.ts';
import { DIST, htmlFiles, pageText, requireDist } from './dist.ts';
import {
  blockingExternalRequests,
  HTML_AND_CSS_BUDGET,
  htmlAndCssBytes,
  imagesWithoutDimensions,
  javascriptBytes,
  staticText,
  type Site,
} from './budget.ts';

/** The JavaScript budget, in bytes after gzip (the HTML and CSS one is in budget.ts). */
export const JAVASCRIPT_BUDGET = 10 * 1024;

const config = siteConfig();
const site: Site = { dist: DIST, base: config.base, origin: config.url };
const { content } = checkContentDir('content');

beforeAll(requireDist);

describe('what a reader downloads', () => {
  const pages = () => htmlFiles().map((file) => ({ file, html: pageText(file) }));

  it('keeps every HTML page with its CSS within 30 KB gzip', () => {
    const over = pages()
      .map(({ file, html }) => ({ file, bytes: htmlAndCssBytes(site, file, html) }))
      .filter(({ bytes }) => bytes > HTML_AND_CSS_BUDGET);
    expect(over).toEqual([]);
  });

  it('loads at most 10 KB gzip of JavaScript on any page, Pagefind apart', () => {
    const over = pages()
      .map(({ file, html }) => ({ file, bytes: javascriptBytes(site, file, html) }))
      .filter(({ bytes }) => bytes > JAVASCRIPT_BUDGET);
    expect(over).toEqual([]);
  });

  it('makes no render-blocking request to another origin', () => {
    const found = pages().flatMap(({ file, html }) =>
      blockingExternalRequests(site, file, html).map((r) => `${file}: ${r}`),
    );
    expect(found).toEqual([]);
  });

  it('gives every image its width and height', () => {
    const found = pages().flatMap(({ file, html }) => imagesWithoutDimensions(html).map((img) => `${file}: ${img}`));
    expect(found).toEqual([]);
  });
});

describe('no JavaScript needed to read anything', () => {
  // The arrow after a quoted passage links to its claim; it is not part of the text.
  const read = (file: string) => normalizeText(staticText(pageText(file)).replace(/↗/g, ''));

  it('has every event’s title, summary and claims in the static HTML of its page', () => {
    for (const event of content.events) {
      const text = read(join('events', event.id, 'index.html'));
      for (const words of [event.title, event.summary]) expect(text, event.id).toContain(normalizeText(words));
    }
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        const text = read(join('events', claim.event, 'index.html'));
        expect(text, claim.id).toContain(normalizeText(claim.says));
        expect(text, claim.id).toContain(normalizeText(claim.quote));
      }
    }
  });

  it('has every paragraph of every article in the static HTML of its page', () => {
    for (const article of content.articles) {
      const text = read(join('articles', article.slug, 'index.html'));
      for (const block of article.blocks) expect(text, article.slug).toContain(normalizeText(block));
    }
  });

  it('lists every event’s title on the timeline page', () => {
    const text = read('index.html');
    for (const event of content.events) expect(text).toContain(normalizeText(event.title));
  });
});
