/**
 * What a link preview shows of each page fits what previews show (issue 34: claim pages'
 * `og:title` ran to 150 characters and more, where every card cuts it), with the page's
 * whole title still in its `<title>`; and each article page previews with an image of its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { siteConfig } from '../../src/lib/site/site.ts';
import { PREVIEW_DESCRIPTION_MAX, PREVIEW_TITLE_MAX } from '../../src/lib/site/page-meta.ts';
import { DIST, htmlFiles, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

const meta = (page: HTMLElement, property: string) =>
  page.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
const length = (text: string) => [...text].length;

describe('link previews', () => {
  it('give every page an og:title of at most 95 characters and an og:description of at most 300', () => {
    for (const file of htmlFiles()) {
      const page = readPage(file);
      if (!page.querySelector('meta[property="og:title"]')) continue;
      const title = meta(page, 'og:title');
      const description = meta(page, 'og:description');
      expect(length(title), `${file}: ${title}`).toBeLessThanOrEqual(PREVIEW_TITLE_MAX);
      expect(length(description), file).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
      // A cut title is the start of the page's own, which keeps every word.
      if (title.endsWith('…')) {
        expect(page.querySelector('title')!.text.startsWith(title.slice(0, -1)), file).toBe(true);
      }
    }
  });

  it('give each article page its own image, which the build made', () => {
    const images = new Set<string>();
    for (const file of htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))) {
      const image = new URL(meta(readPage(file), 'og:image')).pathname;
      expect(image, file).toMatch(/\/og\/articles\/[^/]+\.png$/);
      expect(existsSync(join(DIST, image.slice(siteConfig().base.length))), image).toBe(true);
      images.add(image);
    }
    expect(images.size).toBe(htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).length);
  });
});
