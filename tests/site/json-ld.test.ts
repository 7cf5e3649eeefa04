/** The JSON-LD of every built page parses, and says what the page says. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlFiles, readPage, requireDist } from './dist.ts';
import { JSON_LD_KEYWORDS, SCHEMA_ORG_PROPERTIES } from '../support/schema-org-vocabulary.ts';

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

/** Every property a node and the nodes inside it use that schema.org does not define for their type. */
function unknownProperties(node: Node, where: string): string[] {
  const type = node['@type'] as string | undefined;
  const allowed = type === undefined ? undefined : SCHEMA_ORG_PROPERTIES[type];
  const keys = Object.keys(node).filter((key) => !(JSON_LD_KEYWORDS as readonly string[]).includes(key));
  const own =
    type === undefined
      ? keys.length > 0
        ? [`${where}: a node without @type uses ${keys.join(', ')}`]
        : []
      : allowed === undefined
        ? [`${where}: type ${type} is not in the vocabulary the test knows`]
        : keys.filter((key) => !allowed.includes(key)).map((key) => `${where}: ${type} has no property ${key}`);
  const inner = keys.flatMap((key) =>
    [node[key]]
      .flat()
      .flatMap((value) =>
        value && typeof value === 'object' ? unknownProperties(value as Node, `${where} ${type ?? '?'}.${key}`) : [],
      ),
  );
  return [...own, ...inner];
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

  it('is checked by a vocabulary check that does find a property the type lacks', () => {
    const problems = unknownProperties(
      {
        '@type': 'Claim',
        name: 'x',
        backstory: 'y',
        about: { '@type': 'Event', headline: 'z' },
        appearance: { '@id': 'a' },
      },
      'sample',
    );
    expect(problems).toEqual([
      'sample: Claim has no property backstory',
      'sample Claim.about: Event has no property headline',
    ]);
    expect(unknownProperties({ '@type': 'Recipe', name: 'x' }, 'sample')).toHaveLength(1);
  });

  it('uses on every page only properties schema.org defines for each node’s type', () => {
    const problems = htmlFiles().flatMap((file) =>
      graph(readPage(file)).flatMap((node) => unknownProperties(node, file)),
    );
    expect(problems).toEqual([]);
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
      const articleIds = new Set(nodes.filter((n) => n.isBasedOn?.['@type'] === 'NewsArticle').map((n) => n['@id']));
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
          // An inferred speaker: no author, and the page says the attribution is an inference.
          expect(text(card!), claim['@id']).toMatch(/an inference/);
        }
      }
    }
  });

  it('describes each article page as this site’s page, based on the article with the provenance the page shows', () => {
    for (const file of htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))) {
      const page = readPage(file);
      const nodes = graph(page);
      expect(
        nodes.filter((n) => n['@type'] === 'NewsArticle'),
        file,
      ).toHaveLength(0);
      const copies = nodes.filter((n) => n.isBasedOn?.['@type'] === 'NewsArticle');
      expect(copies, file).toHaveLength(1);
      const copy = copies[0]!;
      // This site's page, not the outlet's: its own address and its own preview image.
      expect(copy['@type']).toBe('WebPage');
      expect(copy.url).toBe(page.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(copy.image).toBe(page.querySelector('meta[property="og:image"]')?.getAttribute('content'));
      let original = copy.isBasedOn;
      const provenance = text(page.querySelector('.provenance'));
      for (let work = copy.isBasedOn; work; work = work.isBasedOn) {
        original = work;
        if (work.publisher) expect(provenance, file).toContain(work.publisher.name);
        if (work.url) expect(page.querySelectorAll('a').some((a) => a.getAttribute('href') === work.url)).toBe(true);
      }
      expect(original.headline).toBe(text(page.querySelector('h1')));
      if (original.datePublished)
        expect(page.querySelector('header time')?.getAttribute('datetime')).toBe(original.datePublished);
      if (original.author) expect(provenance).toContain(original.author.name);
      for (const claim of nodes.filter((n) => n['@type'] === 'Claim')) {
        expect(page.getElementById(fragment(claim['@id'])), claim['@id']).not.toBeNull();
        expect(claim.appearance['@id']).toBe(copy['@id']);
      }
    }
  });

  it('gives the original only what is known of it: a probable publisher, author or date is left out, and why is said', () => {
    const copyOf = (slug: string) =>
      graph(readPage(`articles/${slug}/index.html`)).find((n) => n.isBasedOn?.['@type'] === 'NewsArticle')!;
    const ap = copyOf('2019-01-11-us-official-says-withdrawal-has-begun').isBasedOn;
    expect(ap.publisher.name).toBe('London Glossy Post');
    expect(ap.datePublished).toBeUndefined();
    expect(ap.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'US official says withdrawal from Syria has begun',
    });
    expect(ap.isBasedOn.publisher).toBeUndefined();
    expect(ap.isBasedOn.datePublished).toBeUndefined();
    expect(ap.isBasedOn.backstory).toContain('inferred');
    const usaToday = copyOf('2018-12-19-trump-orders-all-us-troops-out-of-syria').isBasedOn;
    expect(usaToday).toMatchObject({ publisher: { name: 'USA TODAY' }, datePublished: '2018-12-19' });
    // The author is probable; the address is a network paper's copy, named in the backstory, not the url.
    expect(usaToday.author).toBeUndefined();
    expect(usaToday.url).toBeUndefined();
    expect(usaToday.backstory).toContain('shreveporttimes.com');
    const metro = copyOf('2019-10-13-trump-pulls-remaining-us-troops').isBasedOn;
    expect(metro.url).toMatch(/^https:\/\/metro\.co\.uk\//);
  });

  it('gives every event that has a place its location', () => {
    for (const file of htmlFiles().filter((f) => /^events\/[^/]+\/index\.html$/.test(f))) {
      const page = readPage(file);
      const event = graph(page).find((n) => n['@type'] === 'Event')!;
      const term = page.querySelectorAll('.facts dt').find((dt) => text(dt) === 'Place');
      const place = text(term?.nextElementSibling);
      if (place) expect(event.location?.name, file).toBe(place);
      else expect(event.location, file).toBeUndefined();
    }
  });
});
