/** The JSON-LD of every built page parses, and says what the page says. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlFiles, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD nodes are open-ended JSON, read field by field.
type Node = Record<string, any>;

function graph(page: HTMLElement): Node[] {
  return page.querySelectorAll('script[type="application/ld+json"]').flatMap((script) => {
    const data = JSON.parse(script.textContent);
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'] ?? [data];
  });
}

const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const fragment = (url: string) => new URL(url).hash.slice(1);

describe('structured data', () => {
  it('parses on every page that has it, and every event and article page has it', () => {
    for (const file of htmlFiles()) {
      const nodes = graph(readPage(file));
      if (/^(events|articles)\/[^/]+\/index\.html$/.test(file)) expect(nodes.length, file).toBeGreaterThan(0);
    }
  });

  it('describes each event page: the Event, its claims with author and appearance', () => {
    for (const file of htmlFiles().filter((f) => /^events\/[^/]+\/index\.html$/.test(f))) {
      const page = readPage(file);
      const nodes = graph(page);
      const event = nodes.find((n) => n['@type'] === 'Event')!;
      expect(event.name, file).toBe(text(page.querySelector('h1')));
      expect(event.startDate, file).toBe(page.querySelector('.event__date time')?.getAttribute('datetime'));
      const claims = nodes.filter((n) => n['@type'] === 'Claim');
      expect(claims.length, file).toBe(page.querySelectorAll('article.claim').length);
      const articleIds = new Set(nodes.filter((n) => n['@type'] === 'NewsArticle').map((n) => n['@id']));
      for (const claim of claims) {
        const card = page.getElementById(fragment(claim['@id']));
        expect(card, claim['@id']).not.toBeNull();
        expect(text(card!.querySelector('blockquote'))).toBe(claim.text);
        expect(text(card!.querySelector('.claim__says'))).toBe(claim.name);
        expect(articleIds.has(claim.appearance['@id']), claim['@id']).toBe(true);
        if (claim.author) {
          expect(
            page.querySelectorAll('a').some((a) => a.getAttribute('href') === new URL(claim.author.url).pathname),
            claim.author.url,
          ).toBe(true);
        } else {
          // An inferred speaker: no author, and the page says the attribution is inferred too.
          expect(claim.backstory, claim['@id']).toMatch(/by inference/);
          expect(text(card!), claim['@id']).toMatch(/an inference/);
        }
      }
    }
  });

  it('describes each article page as a NewsArticle with the provenance the page shows', () => {
    for (const file of htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))) {
      const page = readPage(file);
      const nodes = graph(page);
      const articles = nodes.filter((n) => n['@type'] === 'NewsArticle');
      expect(articles, file).toHaveLength(1);
      const article = articles[0]!;
      const provenance = text(page.querySelector('.provenance'));
      const original = article.isBasedOn ?? article;
      expect(original.headline).toBe(text(page.querySelector('h1')));
      expect(page.querySelector('header time')?.getAttribute('datetime')).toBe(article.datePublished);
      if (article.publisher) expect(provenance, file).toContain(article.publisher.name);
      if (original.publisher) expect(provenance).toContain(original.publisher.name);
      if (original.author) expect(provenance).toContain(original.author.name);
      for (const claim of nodes.filter((n) => n['@type'] === 'Claim')) {
        expect(page.getElementById(fragment(claim['@id'])), claim['@id']).not.toBeNull();
        expect(claim.appearance['@id']).toBe(article['@id']);
      }
    }
  });

  it('marks the syndicated copy as based on the Associated Press story, and leaves inferred publishers out', () => {
    const ap = graph(readPage('articles/2019-01-11-us-official-says-withdrawal-has-begun/index.html')).find(
      (n) => n['@type'] === 'NewsArticle',
    )!;
    expect(ap.publisher.name).toBe('London Glossy Post');
    expect(ap.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'US official says withdrawal from Syria has begun',
    });
    expect(ap.isBasedOn.publisher).toBeUndefined();
    expect(ap.backstory).toContain('inferred');
    const usaToday = graph(readPage('articles/2018-12-19-trump-orders-all-us-troops-out-of-syria/index.html')).find(
      (n) => n['@type'] === 'NewsArticle',
    )!;
    expect(usaToday.publisher.name).toBe('USA TODAY');
    expect(usaToday.author).toBeUndefined();
  });
});
