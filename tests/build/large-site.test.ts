/**
 * Pages that stay small as the timeline grows: a seeded site (bench/generate.ts) large enough
 * that every kind of list is split into period pages is built once, and every HTML page with
 * its CSS must be within the 30 KB gzip budget. Its period pages are each reachable from `/`
 * by plain links and each link their previous and next page. Sizes, not timings.
 *
 * A page is as heavy as its list's limit (`PAGE_LIMITS`) allows, whatever the size of the
 * site, so the site needs only to be large enough for every list to reach its limit: at
 * `EVENTS` the timeline, the filter pages, the people pages and the measures all split.
 * `npm run bench` builds 1,000 and 10,000 events.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { generateContent } from '../../bench/generate.ts';
import { HTML_AND_CSS_BUDGET, htmlAndCssBytes, resolveUrl, type Site } from '../site/budget.ts';
import { filesIn, isolatedBuild } from './isolated-build.ts';

const EVENTS = 400;

let site: Site;
let pages: string[];

const html = (file: string) => readFileSync(join(site.dist, file), 'utf8');
/** A page of a split list: `2019/`, `2019/10/`, `2019/10/2/`, `actors/turkey/2019/10/`, `claims/x/2019/`. */
const isPeriodPage = (file: string) => /(^|\/)\d{4}\/(\d{2}\/(\d+\/)?)?index\.html$/.test(file);

beforeAll(async () => {
  const content = mkdtempSync(join(tmpdir(), 'content-large-'));
  generateContent(content, EVENTS);
  // The preview images are kept between runs: they are most of the build's time, and not what is measured.
  const build = await isolatedBuild('large-site', {
    content,
    env: { PREVIEW_CACHE_DIR: resolve('node_modules/.cache/large-site-previews') },
  });
  site = { dist: build.outDir, base: '/', origin: 'http://localhost:4321' };
  pages = filesIn(build.outDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
});

/** Every page reached from `/` by following `<a href>` (no script runs). */
function crawl(): Set<string> {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const a of parse(html(file)).querySelectorAll('a[href]')) {
      const target = resolveUrl(site, file, a.getAttribute('href')!);
      if (!('file' in target)) continue;
      const path = relative(site.dist, target.file);
      const page = path === '' || !path.includes('.') ? join(path, 'index.html') : path;
      if (page.endsWith('.html') && !seen.has(page) && pages.includes(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }
  return seen;
}

describe(`a ${EVENTS}-event site`, () => {
  it('keeps every HTML page with its CSS within 30 KB gzip', () => {
    const over = pages
      .map((file) => ({ file, bytes: htmlAndCssBytes(site, file, html(file)) }))
      .filter(({ bytes }) => bytes > HTML_AND_CSS_BUDGET);
    expect(over).toEqual([]);
  }, 300_000);

  it('splits the timeline, the filter pages, the people pages and the measures into period pages', () => {
    const periods = pages.filter(isPeriodPage);
    for (const list of [/^\d{4}\//, /^(actors|places|topics)\//, /^people\//, /^claims\//])
      expect(periods.some((file) => list.test(file))).toBe(true);
    // `/` keeps no list of its own: a strip of years links to them.
    const home = parse(html('index.html'));
    expect(home.querySelectorAll('.entry')).toHaveLength(0);
    expect(home.querySelectorAll('.density a').length).toBeGreaterThan(0);
  });

  it('reaches every period page from / by plain links', () => {
    const reached = crawl();
    expect(pages.filter(isPeriodPage).filter((file) => !reached.has(file))).toEqual([]);
  }, 300_000);

  it('links each period page that lists entries to its previous or next page, and the chain walks the timeline', () => {
    const listing = pages.filter(
      (file) => isPeriodPage(file) && /class="(entry|claim)"|<tr data-claim/.test(html(file)),
    );
    const unlinked = listing.filter(
      (file) => parse(html(file)).querySelectorAll('a[rel=prev], a[rel=next]').length === 0,
    );
    expect(unlinked).toEqual([]);
    // From the timeline's first period page, "next" visits every timeline page that lists events.
    const timeline = listing.filter((file) => /^\d{4}\//.test(file));
    const first = timeline.find((file) => parse(html(file)).querySelector('a[rel=prev]') === null)!;
    const walked: string[] = [];
    for (let file: string | undefined = first; file;) {
      walked.push(file);
      const next = parse(html(file)).querySelector('a[rel=next]');
      file = next
        ? join(
            relative(site.dist, (resolveUrl(site, file, next.getAttribute('href')!) as { file: string }).file),
            'index.html',
          )
        : undefined;
    }
    expect(walked.sort()).toEqual(timeline.sort());
  });
});
