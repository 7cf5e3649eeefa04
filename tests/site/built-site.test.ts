/** Checks on the built site: what a reader gets, page by page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { toPartialDate, comparePartialDates } from '../../src/lib/content/dates.ts';
import { DIST, htmlFiles, pageText, readPage, requireDist } from './dist.ts';
import { unhashedInlineScripts } from '../support/csp.ts';

const { content } = checkContentDir('content');

beforeAll(requireDist);

describe('the built site', () => {
  it('has a page for every event and every article', () => {
    for (const event of content.events) {
      expect(existsSync(join(DIST, 'events', event.id, 'index.html')), event.id).toBe(true);
    }
    for (const article of content.articles) {
      expect(existsSync(join(DIST, 'articles', article.slug, 'index.html')), article.slug).toBe(true);
    }
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    expect(existsSync(join(DIST, 'about', 'index.html'))).toBe(true);
  });

  it('lists every event on the index, in date order, each with its <time datetime>', () => {
    const index = readPage('index.html');
    const entries = index.querySelectorAll('ol.timeline > li');
    const ids = entries.map((li) => li.getAttribute('id'));
    const expected = [...content.events]
      .sort((a, b) => comparePartialDates(toPartialDate(a.date), toPartialDate(b.date)) || a.id.localeCompare(b.id))
      .map((e) => e.id);
    expect(ids).toEqual(expected);
    for (const li of entries) {
      const event = content.events.find((e) => e.id === li.getAttribute('id'))!;
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(event.date);
      expect(li.querySelector('a')?.getAttribute('href')).toMatch(new RegExp(`/events/${event.id}/$`));
    }
  });

  it('shows every claim on its event page, with its quote', () => {
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        const page = readPage(`events/${claim.event}/index.html`);
        const card = page.getElementById(`claim-${claim.id}`);
        expect(card, `${claim.id} on ${claim.event}`).not.toBeNull();
        expect(card!.querySelector('blockquote')?.text.trim()).toBe(claim.quote);
      }
    }
  });

  it('highlights every quoted passage in its article', () => {
    for (const article of content.articles) {
      const page = readPage(`articles/${article.slug}/index.html`);
      for (const claim of article.data.claims) {
        expect(page.getElementById(`quote-${claim.id}`), claim.id).not.toBeNull();
      }
    }
  });

  it('keeps page chrome of the scraped articles off the site', () => {
    for (const file of htmlFiles()) {
      const html = pageText(file);
      for (const chrome of [
        'Advertisements',
        'amp-ad',
        'wpcnt',
        'getAdSnippetCallback',
        'Subscribe to get',
        'Read Full Article',
        'Show Thumbnails',
        'pull_quote',
        '&amp;#8220;',
      ]) {
        expect(html, `${file} carries "${chrome}"`).not.toContain(chrome);
      }
    }
  });

  it('carries no markup from content: article text is only text-level elements', () => {
    const allowed = new Set([
      'p',
      'em',
      'strong',
      'blockquote',
      'mark',
      'a',
      'br',
      'ul',
      'ol',
      'li',
      'h2',
      'h3',
      'h4',
      'code',
    ]);
    for (const article of content.articles) {
      const prose = readPage(`articles/${article.slug}/index.html`).querySelector('.prose');
      expect(prose).not.toBeNull();
      for (const element of prose!.querySelectorAll('*')) {
        expect(allowed.has(element.tagName.toLowerCase()), `<${element.tagName}> in ${article.slug}`).toBe(true);
        for (const name of Object.keys(element.attributes)) {
          expect(name.startsWith('on'), `${name} in ${article.slug}`).toBe(false);
        }
      }
    }
  });

  it('runs no script that came from content, and loads nothing from another origin', () => {
    for (const file of htmlFiles()) {
      const page = readPage(file);
      // An inline script Astro bundled and hashed into the page's CSP is the site's own.
      const unhashed = new Set(unhashedInlineScripts(pageText(file)));
      for (const script of page.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        const type = script.getAttribute('type');
        const hashed = src === undefined && type === 'module' && !unhashed.has(script.rawText);
        const own =
          (src !== undefined && /^\/([\w-]+\/)*_astro\//.test(src)) ||
          hashed ||
          type === 'application/ld+json' ||
          script.hasAttribute('data-site-script');
        expect(own, `${file}: a script that is not the site's own: ${script.toString().slice(0, 80)}`).toBe(true);
      }
      for (const el of page.querySelectorAll('[src], link[rel=stylesheet], link[rel=icon], link[rel=preload]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url, `${file}: ${el.tagName} from another origin`).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });

  it('ships no script with a build placeholder left in it (an inlined dynamic import keeps __VITE_PRELOAD__)', () => {
    const scripts = htmlFiles().flatMap((file) =>
      readPage(file)
        .querySelectorAll('script')
        .map((script) => {
          const src = script.getAttribute('src');
          return { file, code: src ? pageText(src.replace(/^\/([\w-]+\/)*?_astro\//, '_astro/')) : script.rawText };
        }),
    );
    expect(scripts.some(({ code }) => code.includes('pagefind.js'))).toBe(true);
    expect(scripts.filter(({ code }) => /__VITE_[A-Z_]+__/.test(code)).map(({ file }) => file)).toEqual([]);
  });

  it('writes no date a day off: the Ain Issa escape is Sunday 13 October 2019', () => {
    const page = readPage('events/2019-10-13-ain-issa-camp-escape/index.html');
    const time = page.querySelector('.event__date time');
    expect(time?.getAttribute('datetime')).toBe('2019-10-13');
    expect(time?.text).toBe('Sunday 13 October 2019');
  });
});
