/** Corrections on the built site: on their page, in the feed, in JSON-LD and on /corrections/, newest first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { DIST, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

const { content } = checkContentDir('content');
const corrected = content.events.filter((event) => event.corrections.length > 0);

describe('corrections', () => {
  it('exist in the content: at least one real correction', () => {
    expect(corrected.length).toBeGreaterThan(0);
  });

  it('are shown on the event page, dated, and in its JSON-LD as dateModified', () => {
    for (const event of corrected) {
      const page = readPage(`events/${event.id}/index.html`);
      const text = page.querySelector('.corrections')!.textContent;
      for (const c of event.corrections) expect(text).toContain(c.note);
      expect(text).toMatch(/Corrected on \d{1,2} [A-Z][a-z]+ \d{4}:/);
      const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'];
      const webPage = graph.find((node: { '@type': string }) => node['@type'] === 'WebPage');
      expect(webPage.dateModified).toBe(
        event.corrections
          .map((c) => c.date)
          .sort()
          .at(-1),
      );
    }
  });

  it('are carried by the feed as updates of their entries', () => {
    const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    for (const event of corrected) {
      const item = feed.split('<item>').find((part) => part.includes(`/events/${event.id}/</link>`))!;
      const last = event.corrections
        .map((c) => c.date)
        .sort()
        .at(-1)!;
      expect(item).toContain(`<dcterms:modified>${last}</dcterms:modified>`);
      // What a reader sees: the title says the day of the correction, the text opens with it.
      const day = new Date(`${last}T00:00:00Z`).toLocaleDateString('en-GB', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      expect(/<title>(.*?)<\/title>/.exec(item)![1]).toMatch(new RegExp(`\\(corrected on ${day}\\)$`));
      expect(/<description>(.*?)<\/description>/s.exec(item)![1]).toMatch(/^Corrected on /);
    }
  });

  it('date the feed and the sitemap by the newest content, a correction included, not by the build’s clock', () => {
    const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const days = [
      ...content.events.flatMap((e) => [e.date, ...e.corrections.map((c) => c.date)]),
      ...content.articles.flatMap((a) => [a.data.published.date, ...a.data.corrections.map((c) => c.date)]),
    ].map((day) => toPartialDate(String(day)).start.toISOString().slice(0, 10));
    const newest = days.sort().at(-1)!;
    const built = /<lastBuildDate>(.*?)<\/lastBuildDate>/.exec(feed)![1]!;
    expect(new Date(built).toISOString().slice(0, 10)).toBe(newest);
    // The sitemap gives every URL the same day as its <lastmod>.
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = sitemap.split('<url>').slice(1);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(/<lastmod>(.*?)<\/lastmod>/.exec(url)?.[1]?.slice(0, 10), url).toBe(newest);
  });

  it('are listed on /corrections/, newest first, each linking to its page', () => {
    const items = readPage('corrections/index.html').querySelectorAll('.correction-log > li');
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    // The events' corrections and the articles' own.
    const ofArticles = content.articles.reduce((n, a) => n + a.data.corrections.length, 0);
    expect(dates.length).toBe(corrected.reduce((n, e) => n + e.corrections.length, 0) + ofArticles);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const event of corrected)
      expect(items.some((li) => li.querySelector(`a[href$="/events/${event.id}/"]`))).toBe(true);
  });
});
