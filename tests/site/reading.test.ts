/** Checks on the built site for reading and finding: filter pages, links, the axis, search, scripts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import { groupFilters } from '../../src/lib/model/filters.ts';
import { normalizeBase } from '../../src/lib/site/site.ts';
import { DIST, htmlFiles, readPage, requireDist } from './dist.ts';

const { content } = checkContentDir('content');
const timeline = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);
const filterPages = groupFilters(timeline.events).flatMap(({ declaration, groups }) =>
  groups.map((g) => ({ ...g, file: `${declaration.folder}/${g.slug}/index.html` })),
);
const BASE = normalizeBase(process.env.BASE_PATH);

beforeAll(requireDist);

/** The file in dist/ an internal href leads to, or undefined for another site, a fragment or a query. */
function fileOf(href: string, from: string): string | undefined {
  const url = new URL(href, `http://site.invalid${BASE}${from.replace(/index\.html$/, '')}`);
  if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(BASE)) return undefined;
  const path = url.pathname.slice(BASE.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every page reachable from the index by following <a href>, as a reader without JavaScript would. */
function crawl(): Set<string> {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.endsWith('.html') || !existsSync(join(DIST, file))) continue;
    for (const a of readPage(file).querySelectorAll('a[href]')) {
      const next = fileOf(a.getAttribute('href')!, file);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('filter pages', () => {
  it('exist for every actor, place and topic with events, each listing exactly its events in order', () => {
    expect(filterPages.length).toBeGreaterThan(20);
    for (const group of filterPages) {
      expect(existsSync(join(DIST, group.file)), group.file).toBe(true);
      const listed = readPage(group.file)
        .querySelectorAll('ol.timeline > li')
        .map((li) => li.getAttribute('id'));
      expect(listed, group.file).toEqual(group.events.map((e) => e.id));
    }
  });

  it('list Turkey’s events and no others', () => {
    const page = readPage('actors/turkey/index.html');
    expect(page.querySelector('h1')?.text).toBe('Events involving Turkey');
    const listed = page.querySelectorAll('ol.timeline > li').map((li) => li.getAttribute('id'));
    expect(listed).toContain('2019-10-09-turkish-offensive-begins');
    expect(listed).not.toContain('2018-12-19-trump-orders-withdrawal');
  });

  it('are linked from each event page: its place, actors and topics', () => {
    const page = readPage('events/2019-10-13-ain-issa-camp-escape/index.html');
    const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const path of ['places/ain-issa/', 'actors/islamic-state/', 'topics/detainees/']) {
      expect(hrefs).toContain(`${BASE}${path}`);
    }
  });
});

describe('reaching everything by links alone', () => {
  it('reaches every event, article and filter page from the index, without JavaScript', () => {
    const reached = crawl();
    const expected = [
      ...timeline.events.map((e) => `events/${e.id}/index.html`),
      ...timeline.articles.map((a) => `articles/${a.slug}/index.html`),
      ...filterPages.map((g) => g.file),
      'articles/index.html',
      'about/index.html',
    ];
    for (const file of expected) expect(reached.has(file), file).toBe(true);
  });

  it('leads nowhere that is not built', () => {
    for (const file of crawl()) {
      if (!file.endsWith('.xml') && !file.endsWith('.json')) expect(existsSync(join(DIST, file)), file).toBe(true);
    }
  });
});

describe('the time axis', () => {
  it('draws every event as a link to its entry, with an accessible name, folded on a phone and open from 40rem up', () => {
    const index = readPage('index.html');
    const copies = index.querySelectorAll('figure.axis .axis__zoom');
    expect(copies.map((c) => c.tagName.toLowerCase())).toEqual(['details', 'div']);
    for (const copy of copies) {
      const marks = copy.querySelectorAll('a.axis__mark');
      expect(marks.map((a) => a.getAttribute('href'))).toEqual(timeline.events.map((e) => `#${e.id}`));
      for (const mark of marks) {
        expect(index.getElementById(mark.getAttribute('href')!.slice(1)), mark.getAttribute('href')).not.toBeNull();
        expect(mark.getAttribute('aria-label')).toMatch(
          /^(Probably )?\w+day \d+ \w+ \d{4}( \(date from outside the articles\))?: ./,
        );
        // Its title shown beside its dot, whole or cut at a word.
        // Each fit of the title (one per inset width, CSS shows one) is part of the name, and the
        // link has no other text, so what is seen is part of the name (WCAG 2.5.3): an SVG
        // <title> inside the link is counted as its text by axe.
        const fits = mark.querySelectorAll('text.axis__label tspan').map((t) => t.text.trim().replace(/…$/, ''));
        expect(fits.length).toBeGreaterThan(0);
        for (const shown of fits) expect(mark.getAttribute('aria-label')).toContain(shown);
        expect(mark.text.trim()).toBe(mark.querySelector('text.axis__label')!.text.trim());
      }
      // One stop for the keyboard: the first mark; the arrow keys reach the others.
      expect(marks.filter((a) => a.getAttribute('tabindex') !== '-1')).toHaveLength(1);
      expect(copy.querySelectorAll('.axis__inset-title').map((t) => t.querySelector('.axis__phase')!.text)).toEqual(
        timeline.phases.map((p) => p.title),
      );
    }
  });
});

describe('search', () => {
  it('has a Pagefind index of the event, claim and article pages, in parts', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const pagesIn = (folder: string) => {
      const entry = JSON.parse(readFileSync(join(DIST, folder, 'pagefind-entry.json'), 'utf8'));
      return Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
        (n, l) => n + l.page_count,
        0,
      );
    };
    const claims = timeline.events.reduce((n, event) => n + event.claims.length, 0);
    expect(pagesIn('pagefind')).toBeGreaterThanOrEqual(timeline.events.length);
    expect(pagesIn('pagefind/claims')).toBeGreaterThanOrEqual(claims);
    expect(pagesIn('pagefind/articles')).toBeGreaterThanOrEqual(timeline.articles.length);
  });

  it('has a search box on every page but the embeds: a plain GET form to the search page', () => {
    // Embeds go without the site's header, search box included (tests/site/embeds.test.ts).
    for (const file of htmlFiles().filter((f) => !f.startsWith('embed/'))) {
      const form = readPage(file).querySelector('form[role=search]');
      expect(form, file).not.toBeNull();
      expect(form!.getAttribute('method')).toBe('get');
      expect(form!.getAttribute('action')).toBe(`${BASE}search/`);
      const input = form!.querySelector('input[name=q]');
      expect(
        input?.getAttribute('id') && readPage(file).querySelector(`label[for=${input.getAttribute('id')}]`),
        file,
      ).toBeTruthy();
    }
    const search = readPage('search/index.html');
    expect(search.querySelector('[data-search-form]')?.getAttribute('data-bundle')).toBe(`${BASE}pagefind/`);
    expect(search.querySelector('[data-search-form]')?.getAttribute('data-parts')).toBe(
      `${BASE}pagefind/claims/ ${BASE}pagefind/articles/`,
    );
  });
});

describe('scripts, themes and print', () => {
  /** The code of a page's module scripts, inlined or in files (JSON-LD and the theme script aside). */
  const scriptsOf = (file: string) =>
    readPage(file)
      .querySelectorAll('script[type=module]')
      .map((s) =>
        s.getAttribute('src') ? readFileSync(join(DIST, s.getAttribute('src')!.slice(BASE.length)), 'utf8') : s.rawText,
      );
  const gzipSize = (scripts: string[]) => scripts.reduce((n, code) => n + gzipSync(code).length, 0);

  it('keeps the scripts of the index (filters, theme switch) under 5 KB gzip', () => {
    const files = scriptsOf('index.html');
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(gzipSize(files)).toBeLessThan(5 * 1024);
  });

  it('keeps the search page’s own script under 5 KB gzip (Pagefind’s are loaded on demand)', () => {
    expect(gzipSize(scriptsOf('search/index.html'))).toBeLessThan(5 * 1024);
  });

  it('sets the theme before the first paint with the one inline script, allowed by its hash', () => {
    for (const file of htmlFiles()) {
      const page = readPage(file);
      const inline = page
        .querySelectorAll('head script:not([src])')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline, file).toHaveLength(1);
      const hash = `sha256-${createHash('sha256').update(inline[0]!.rawText).digest('base64')}`;
      const csp = page.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
      expect(csp, file).toContain(`'${hash}'`);
      expect(csp, file).toContain("'wasm-unsafe-eval'");
      expect(csp, file).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it('ships a print stylesheet that hides navigation and controls and writes out source URLs', () => {
    // Stylesheets are inlined into <style>; a linked one is read from its file.
    const page = readPage('index.html');
    const css = [
      ...page.querySelectorAll('style').map((style) => style.text),
      ...page
        .querySelectorAll('link[rel=stylesheet]')
        .map((l) => readFileSync(join(DIST, l.getAttribute('href')!.slice(BASE.length)), 'utf8')),
    ].join('\n');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.site-header/);
    expect(print).toMatch(/\.filters/);
    expect(print).toMatch(/attr\(href\)/);
  });

  it('keeps headings in order on the pages of the timeline, filters and search', () => {
    const files = [
      'index.html',
      'search/index.html',
      'events/2019-10-13-ain-issa-camp-escape/index.html',
      ...filterPages.map((g) => g.file),
    ];
    for (const file of files) {
      const levels = readPage(file)
        .querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')
        .map((h) => Number(h.tagName[1]));
      expect(levels[0], file).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        file,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `${file}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
      });
    }
  });
});
