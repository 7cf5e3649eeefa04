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
import { makeLinks } from '../../src/lib/site/urls.ts';

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
      const html = parse(articleBodyHtml(article, links));
      for (const claim of article.claims) {
        const marks = html.querySelectorAll(`mark#quote-${claim.id}`);
        expect(marks, claim.id).toHaveLength(1);
        expect(normalizeText(marks[0]!.text)).toBe(normalizeText(claim.quote));
      }
    }
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
