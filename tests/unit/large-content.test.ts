/**
 * The timeline and the article HTML on the benchmark's generated content: the shortcuts
 * that keep large builds linear (grouping claims once, folding each block once) give
 * the same result as the plain definitions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { generateContent } from '../../bench/generate.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { normalizeText } from '../../src/lib/markdown/text-fold.ts';
import { articleBodyHtml } from '../../src/lib/view/article-html.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import { buildClaimsModel } from '../../src/lib/model/claims-model.ts';
import { compareMeasures, eventComparisons } from '../../src/lib/model/comparisons.ts';
import { spellingsInArticles } from '../../src/lib/content/people.ts';
import { makeLinks, paths } from '../../src/lib/site/urls.ts';
import { articlePageGraph, eventPageGraph } from '../../src/lib/site/jsonld.ts';
import { buildPersonPages } from '../../src/lib/view/person-page.ts';
import { PAGE_LIMITS } from '../../src/lib/view/split.ts';
import { measurePreview } from '../../src/lib/site/previews.ts';
import { PREVIEW_ROWS } from '../../src/lib/site/figures-image.ts';

const dir = mkdtempSync(join(tmpdir(), 'timeline-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateContent(dir, 120);
const { content, errors } = checkContentDir(dir);
const timeline = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);

describe('generated benchmark content', () => {
  it('passes the content check: every quote is in its body, every event has a claim', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(timeline.events).toHaveLength(120);
    expect(timeline.articles).toHaveLength(60);
  });

  it('gives each event exactly the claims about it, in article order', () => {
    for (const event of timeline.events) {
      expect(event.claims).toEqual(timeline.claims.filter((claim) => claim.event === event.id));
    }
  });

  it('gives each article its own claims and the events they are about, in timeline order', () => {
    for (const article of timeline.articles) {
      const own = timeline.claims.filter((claim) => claim.article.slug === article.slug);
      expect(article.claims).toEqual(own);
      const covered = new Set(own.map((claim) => claim.event));
      expect(article.events.map((e) => e.id)).toEqual(
        timeline.events.filter((e) => covered.has(e.id)).map((e) => e.id),
      );
    }
  });

  it('marks every quote once in its article, with the quoted words inside the mark', () => {
    const links = makeLinks('/', 'https://example.org');
    for (const article of timeline.articles.slice(0, 20)) {
      const html = parse(articleBodyHtml(article, links).value);
      for (const claim of article.claims) {
        const marks = html.querySelectorAll(`mark#quote-${claim.id}`);
        expect(marks, claim.id).toHaveLength(1);
        expect(normalizeText(marks[0]!.text)).toBe(normalizeText(claim.quote));
      }
    }
  });
});

describe('the claims model on generated content', () => {
  const { content: real } = checkContentDir('content');
  const model = buildClaimsModel(timeline, real.people);
  const input = { claims: timeline.claims, events: timeline.events, speakerOf: model.speakerOf };

  it('compares each event’s figures exactly as comparing that event’s claims alone does', () => {
    let withFigures = 0;
    for (const event of timeline.events) {
      const alone = eventComparisons(input, event.id);
      if (alone.length > 0) withFigures++;
      expect(model.forEvent(event.id), event.id).toEqual(alone);
    }
    expect(withFigures).toBeGreaterThan(10); // the check compared something
    expect(model.measures).toEqual(compareMeasures(input));
  });

  it('gives each person exactly their claims, in timeline order, and the articles that spell their name', () => {
    for (const view of model.people) {
      expect(view.claims.map(({ claim }) => claim.id)).toEqual(
        timeline.claims.filter((claim) => model.speakerOf(claim).person.id === view.person.id).map((claim) => claim.id),
      );
      expect(view.spellings).toEqual(
        spellingsInArticles(
          view.person,
          timeline.articles.map((a) => ({ slug: a.slug, body: a.body })), // fresh objects: nothing remembered
        ),
      );
    }
    expect(model.people.some((view) => view.claims.length > 0)).toBe(true);
  });

  it('describes in a measure’s preview alt text the figures its image draws, and counts the rest', () => {
    for (const comparison of model.measures) {
      const alt = measurePreview(comparison).image.alt;
      const rest = comparison.figures.length - PREVIEW_ROWS;
      expect(alt.split('; ').length, comparison.measure).toBe(
        Math.min(comparison.figures.length, PREVIEW_ROWS) + (rest > 0 ? 1 : 0),
      );
      if (rest > 0) expect(alt).toMatch(new RegExp(`; and ${rest} more figures?\\.$`));
    }
    expect(model.measures.some((comparison) => comparison.figures.length > PREVIEW_ROWS)).toBe(true);
  });

  it('names in each page’s JSON-LD exactly the events and articles the plain filters give, in their order', () => {
    const links = makeLinks('/', 'https://example.org');
    const ctx = { links, speakerOf: model.speakerOf, articles: timeline.articles };
    // An article is this site's page of it, based on the article as published.
    const ids = (graph: Record<string, unknown>, type: string) =>
      (graph['@graph'] as { '@type': string; '@id': string; isBasedOn?: unknown }[])
        .filter((n) => (type === 'article' ? n.isBasedOn !== undefined : n['@type'] === type))
        .map((n) => n['@id']);
    for (const article of timeline.articles) {
      const covered = timeline.events.filter((e) => article.events.some((ref) => ref.id === e.id));
      expect(covered.length).toBeGreaterThan(0);
      expect(ids(articlePageGraph(article, timeline.events, ctx), 'Event')).toEqual(
        covered.map((e) => links.absolute(paths.eventNode(e.id))),
      );
    }
    for (const event of timeline.events) {
      const sources = timeline.articles.filter((a) => event.articles.some((ref) => ref.slug === a.slug));
      expect(ids(eventPageGraph(event, ctx), 'article')).toEqual(
        sources.map((a) => links.absolute(paths.articleNode(a.slug))),
      );
    }
  });

  it('lists at most a page’s worth of articles under each spelling of a name, and counts the rest', () => {
    const pages = buildPersonPages(model, timeline, makeLinks('/', 'https://example.org'));
    const firstPages = pages.filter((page) => page.rest === undefined);
    let counted = 0;
    for (const page of firstPages) {
      const view = model.people.find(({ person }) => person.id === page.id)!;
      for (const [i, spelling] of page.spellings.entries()) {
        const all = view.spellings[i]!.articles;
        expect(spelling.articles.map((a) => a.href)).toEqual(
          all.slice(0, PAGE_LIMITS.spellingArticles).map((slug) => `/articles/${slug}/`),
        );
        const rest = all.length - PAGE_LIMITS.spellingArticles;
        expect(spelling.more, `${page.id}: ${spelling.form}`).toBe(
          rest > 1 ? `and ${rest} more articles` : rest === 1 ? 'and 1 more article' : undefined,
        );
        if (rest > 0) counted++;
      }
    }
    expect(counted).toBeGreaterThan(0); // a spelling of the generated content is in more articles than the limit
  });
});

describe('normalizeText', () => {
  // The character-by-character definition it replaced, kept as the reference.
  const FOLD: Record<string, string> = {
    '\u2018': "'",
    '\u2019': "'",
    '\u201B': "'",
    '\u2032': "'",
    '\u201C': '"',
    '\u201D': '"',
    '\u201F': '"',
    '\u2033': '"',
    '\u2013': '-',
    '\u2014': '-',
    '\u00A0': ' ',
  };
  const reference = (text: string) => {
    let out = '';
    let pending = false;
    for (const raw of text) {
      const ch = FOLD[raw] ?? raw;
      if (/\s/.test(ch)) {
        pending = out.length > 0;
        continue;
      }
      if (pending) out += ' ';
      pending = false;
      out += ch;
    }
    return out;
  };

  it('folds quotes, dashes and white space exactly as the reference does', () => {
    const samples = [
      '',
      '   ',
      ' a\u00a0\u00a0b ',
      '“x” – ‘y’\n\n\tz ',
      '\u2003em\u2009thin\u200a',
      'a\u2028b\u2029c',
      ...content.articles.flatMap((a) => a.blocks),
    ];
    for (const sample of samples) expect(normalizeText(sample), JSON.stringify(sample)).toBe(reference(sample));
  });
});
