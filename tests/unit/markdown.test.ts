import { describe, expect, it } from 'vitest';
import { excerpt, findUnsafeMarkup, parseMarkdown, renderArticleHtml } from '../../src/lib/markdown/markdown.ts';
import { blockTexts, containsQuote } from '../../src/lib/markdown/text-blocks.ts';
import { normalizeText } from '../../src/lib/markdown/text-fold.ts';

const body = `WASHINGTON – Declaring victory, President *Donald Trump* has ordered “all” troops out.

> There have been folks that have fought with us.
>
> — Pompeo

She said it appears the US “is looking for a reason to stay”.
`;

describe('quotes', () => {
  const blocks = blockTexts(parseMarkdown(body));

  it('finds a passage as text, across emphasis', () => {
    expect(containsQuote(blocks, 'President Donald Trump has ordered “all” troops')).toBe(true);
  });

  it('lets straight quotes and apostrophes stand for curly ones', () => {
    expect(containsQuote(blocks, 'is looking for a "reason to stay"')).toBe(false);
    expect(containsQuote(blocks, 'the US "is looking for a reason to stay"')).toBe(true);
  });

  it('finds a passage inside a blockquote', () => {
    expect(containsQuote(blocks, 'folks that have fought with us')).toBe(true);
  });

  it('does not match across paragraphs, or words that are not there', () => {
    expect(containsQuote(blocks, 'troops out. There have been folks')).toBe(false);
    expect(containsQuote(blocks, 'President Trump has ordered')).toBe(false);
    expect(containsQuote(blocks, '')).toBe(false);
  });

  it('folds white space and typographic marks', () => {
    expect(normalizeText('  a\u00a0 “b”\n\tc’s – d ')).toBe('a "b" c\'s - d');
  });
});

describe('excerpt', () => {
  it("is the first paragraph as plain text, with the article's own dashes and quotes", () => {
    expect(excerpt(parseMarkdown(body))).toBe(
      'WASHINGTON – Declaring victory, President Donald Trump has ordered “all” troops out.',
    );
  });

  it('cuts a long paragraph on a word boundary', () => {
    const long = excerpt(parseMarkdown('word '.repeat(100)), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toMatch(/word…$/);
  });
});

describe('unsafe markup', () => {
  it('finds raw HTML and script', () => {
    const found = findUnsafeMarkup(parseMarkdown('Text\n\n<script>alert(1)</script>\n\nand <b>bold</b>'));
    expect(found.map((f) => f.line)).toEqual([3, 5, 5]);
  });

  it('finds javascript: and data: links, and lets web links pass', () => {
    const found = findUnsafeMarkup(
      parseMarkdown('[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org) [d](/about/)'),
    );
    expect(found).toHaveLength(2);
  });
});

describe('article HTML', () => {
  it('never passes raw HTML through', () => {
    const html = renderArticleHtml('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>x</div>');
    expect(html).not.toMatch(/<script|<img|<div|onerror/);
  });

  it("puts the site's base path before a site-relative link in an article", () => {
    const html = renderArticleHtml(
      '[the event](/events/x/) and [a web page](https://example.org/x)',
      [],
      (path) => `/repo/${path.replace(/^\//, '')}`,
    );
    expect(html).toContain('<a href="/repo/events/x/">the event</a>');
    expect(html).toContain('href="https://example.org/x"');
  });

  it('drops unsafe link targets and marks web links as external', () => {
    const html = renderArticleHtml('[a](javascript:alert(1)) [b](https://example.org)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">b</a>');
  });

  it('marks a quoted passage, across emphasis, and links it to its claim', () => {
    const html = renderArticleHtml(body, [
      { id: 'quote-x', quote: 'President Donald Trump has ordered', href: '/events/e/#claim-x', label: 'Claim' },
    ]);
    expect(html).toContain(
      '<mark id="quote-x" class="quote">President </mark><em><mark class="quote">Donald Trump</mark></em><mark class="quote"> has ordered</mark><a href="/events/e/#claim-x" class="quote-claim" aria-label="Claim">↗</a>',
    );
  });

  it('escapes the text it marks', () => {
    const html = renderArticleHtml('a &lt;b&gt; c', [{ id: 'q', quote: '<b>' }]);
    expect(html).toContain('<mark id="q" class="quote">&#x3C;b></mark>');
  });

  it('marks a quote wherever the content check finds it: a tight or loose list, a blockquote, a heading', () => {
    const md = [
      '# The heading says one thing',
      '',
      '- a tight item says two things',
      '- another item',
      '',
      '1. a loose item says three things',
      '',
      '2. its neighbour',
      '',
      '> a quoted line says four things',
    ].join('\n');
    const quotes = ['says one thing', 'says two things', 'says three things', 'says four things'];
    const blocks = blockTexts(parseMarkdown(md));
    for (const quote of quotes) expect(containsQuote(blocks, quote), quote).toBe(true);
    const html = renderArticleHtml(
      md,
      quotes.map((quote, i) => ({ id: `q${i}`, quote })),
    );
    expect(html).toContain('<h1>The heading <mark id="q0" class="quote">says one thing</mark></h1>');
    expect(html).toContain('<li>a tight item <mark id="q1" class="quote">says two things</mark></li>');
    expect(html).toContain('<p>a loose item <mark id="q2" class="quote">says three things</mark></p>');
    expect(html).toContain('<p>a quoted line <mark id="q3" class="quote">says four things</mark></p>');
  });

  it('marks nothing the content check would not find: not across two blocks', () => {
    const md = 'The first ends here.\n\nThe second begins.';
    expect(containsQuote(blockTexts(parseMarkdown(md)), 'here. The second')).toBe(false);
    expect(renderArticleHtml(md, [{ id: 'q', quote: 'here. The second' }])).not.toContain('<mark');
  });

  describe('quotes that share words', () => {
    const md = 'Declaring victory, President Donald Trump has ordered all troops out of Syria.';
    const link = (id: string) => ({ id: `quote-${id}`, href: `/claims/${id}/`, label: id });
    const ids = (html: string) => [...html.matchAll(/<mark id="([^"]+)"/g)].map((m) => m[1]);

    it('keeps both marks, nested, when one quote lies inside another', () => {
      const html = renderArticleHtml(md, [
        { ...link('outer'), quote: 'President Donald Trump has ordered all troops out' },
        { ...link('inner'), quote: 'Donald Trump has ordered' },
      ]);
      expect(html).toContain(
        '<mark id="quote-outer" class="quote">President </mark><mark class="quote"><mark id="quote-inner" class="quote">Donald Trump has ordered</mark></mark>',
      );
      expect(ids(html)).toEqual(['quote-outer', 'quote-inner']);
      expect(html.match(/class="quote-claim"/g)).toHaveLength(2);
    });

    it('keeps both, whichever comes first in the list, when the inner one is listed first', () => {
      const html = renderArticleHtml(md, [
        { ...link('inner'), quote: 'Donald Trump has ordered' },
        { ...link('outer'), quote: 'President Donald Trump has ordered all troops out' },
      ]);
      expect(ids(html).sort()).toEqual(['quote-inner', 'quote-outer']);
      expect(html.match(/class="quote-claim"/g)).toHaveLength(2);
    });

    it('keeps both when quotes overlap, or are the same words', () => {
      const html = renderArticleHtml(md, [
        { ...link('a'), quote: 'President Donald Trump has' },
        { ...link('b'), quote: 'Trump has ordered all troops' },
        { ...link('c'), quote: 'Trump has ordered all troops' },
      ]);
      expect(ids(html)).toEqual(['quote-a', 'quote-b', 'quote-c']);
      expect(html.replace(/<[^>]+>|↗/g, '')).toBe(md);
    });
  });
});
