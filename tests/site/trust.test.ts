/**
 * Who stands behind the site (issue 32), on the built pages: every page names its publisher
 * and contact or says plainly that none is set, says when it last changed (and its JSON-LD
 * says the same `dateModified`), and links the standards page, as the about page and every
 * correction do. The standards page counts the content, and the corrections page says how
 * to report an error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/lib/content/site-settings.ts';
import { articlesCount } from '../../src/lib/model/labels.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { htmlFiles, readPage, requireDist } from './dist.ts';
import { builtBase } from '../browser/site-pages.ts';

const { content } = checkContentDir('content');
const { settings } = readSiteSettings('content');
/** The pages a reader lands on: every page with an address of its own, embeds aside. */
const pages = () => htmlFiles().filter((file) => !file.startsWith('embed/') && file !== '404.html');

describe('who stands behind the site', () => {
  beforeAll(requireDist);
  const base = () => builtBase();

  it('is named in the footer of every page, or the footer says plainly that it is not set', () => {
    for (const file of pages()) {
      const text = readPage(file).querySelector('.site-footer__trust')?.text ?? '';
      if (settings.publisher) expect(text, file).toContain(`Published by ${settings.publisher.name}`);
      else expect(text, file).toContain('names no publisher');
      if (settings.contact) expect(text, file).toContain(settings.contact.text);
      else expect(text, file).toContain('no contact for reporting an error');
    }
  });

  it('says on every page when it last changed, and its JSON-LD says the same day', () => {
    for (const file of pages()) {
      const page = readPage(file);
      const changed = page.querySelector('.site-footer__changed');
      expect(changed, file).toBeTruthy();
      const day = changed!.querySelector('time[data-last-changed]')?.getAttribute('datetime');
      const nodes = page
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((s) => (JSON.parse(s.text) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []);
      // The page's own WebPage nodes: a page's graph may also describe another page (an event
      // page names the site's copy of each article it cites).
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const modified = nodes
        .filter((n) => n['@type'] === 'WebPage' && n.dateModified && n.url === canonical)
        .map((n) => n.dateModified);
      if (day) expect(modified, file).toContain(day);
      else {
        expect(changed!.text, file).toMatch(/not set/);
        expect(modified, file).toEqual([]);
      }
    }
  });

  it('dates each corrected event page by its latest correction', () => {
    const corrected = content.events.filter((e) => e.corrections.length > 0);
    for (const event of corrected) {
      const latest = event.corrections
        .map((c) => c.date)
        .sort()
        .at(-1);
      const page = readPage(`events/${event.id}/index.html`);
      expect(page.querySelector('time[data-last-changed]')?.getAttribute('datetime')).toBe(latest);
    }
  });

  it('links the standards page from every footer, the about page and every correction', () => {
    const href = `${base()}standards/`;
    for (const file of pages()) {
      const footer = readPage(file).querySelector('.site-footer')!;
      expect(footer.querySelector(`a[href="${href}"]`), file).toBeTruthy();
    }
    expect(readPage('about/index.html').querySelector(`main a[href="${href}"]`)).toBeTruthy();
    const log = readPage('corrections/index.html').querySelectorAll('.correction-log > li');
    for (const item of log) expect(item.querySelector(`a[href="${href}"]`)).toBeTruthy();
    for (const event of content.events.filter((e) => e.corrections.length > 0)) {
      const items = readPage(`events/${event.id}/index.html`).querySelectorAll('.corrections li');
      expect(items.length).toBe(event.corrections.length);
      for (const item of items) expect(item.querySelector(`a[href="${href}"]`)).toBeTruthy();
    }
  });

  it('counts the articles on the standards page from the content', () => {
    const text = readPage('standards/index.html').querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(articlesCount(content.articles.length));
    const publishers = new Set(content.articles.map((a) => a.data.source.publisher)).size;
    expect(text).toContain(`${publishers} publisher`);
  });

  it('says on the corrections page how to report an error, with the contact or that none is set', () => {
    const section = readPage('corrections/index.html').querySelector('#report-an-error')!.parentNode;
    expect(section.text).toContain('Report an error');
    if (settings.contact) expect(section.querySelector(`a[href="${settings.contact.href}"]`)).toBeTruthy();
    else expect(section.text).toContain('No contact is set');
  });
});
