import { describe, expect, it } from 'vitest';
import { cutAtWord, headMeta, PREVIEW_DESCRIPTION_MAX, PREVIEW_TITLE_MAX } from '../../src/lib/site/page-meta.ts';
import { describeSite, siteConfig } from '../../src/lib/site/site.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import {
  committedCsp,
  cspSources,
  embedFrameAncestors,
  headerPolicy,
  headerRules,
  headersFile,
} from '../../src/lib/site/security.ts';

const site = describeSite(siteConfig({ SITE_URL: 'https://example.org/', BASE_PATH: 'syria-timeline' }), {
  articles: ['2018-12-19', '2019-10-20'].map((day) => ({ published: toPartialDate(day) })),
});
const links = makeLinks(site.base, site.url);

describe('the site description', () => {
  it('counts the articles and names the months they span, from the content', () => {
    expect(site.description).toContain('built from two news articles, claim by claim.');
    expect(site.sources).toBe('2 news articles published between December 2018 and October 2019');
    const one = describeSite(siteConfig({}), { articles: [{ published: toPartialDate('2019-10-13') }] });
    expect(one.sources).toBe('1 news article published in October 2019');
    const many = describeSite(siteConfig({}), {
      articles: Array.from({ length: 12 }, () => ({ published: toPartialDate('2019-10-13') })),
    });
    expect(many.description).toContain('built from 12 news articles');
  });
});

describe('link previews', () => {
  it('gives an event page absolute URLs under the base, its date and its own image', () => {
    const meta = headMeta(
      {
        title: 'A title',
        description: 'A summary.',
        path: 'events/x/',
        preview: {
          type: 'article',
          published: '2019-10',
          image: { path: 'og/events/x.png', alt: 'October 2019: A title' },
        },
      },
      site,
      links,
    );
    const og = Object.fromEntries(meta.properties);
    expect(meta.canonical).toBe('https://example.org/syria-timeline/events/x/');
    expect(og['og:url']).toBe(meta.canonical);
    expect(og['og:type']).toBe('article');
    expect(og['og:image']).toBe('https://example.org/syria-timeline/og/events/x.png');
    expect([og['og:image:width'], og['og:image:height'], og['og:image:alt']]).toEqual([
      '1200',
      '630',
      'October 2019: A title',
    ]);
    expect(og['article:published_time']).toBe('2019-10');
    expect(Object.fromEntries(meta.names)['twitter:card']).toBe('summary_large_image');
    expect(meta.feed).toBe('/syria-timeline/rss.xml');
  });

  it('falls back to the site title, description and image elsewhere', () => {
    const meta = headMeta({ path: '' }, site, links);
    const og = Object.fromEntries(meta.properties);
    expect(meta.canonical).toBe('https://example.org/syria-timeline/');
    expect(og['og:type']).toBe('website');
    expect(og['og:image']).toBe('https://example.org/syria-timeline/og/site.png');
    expect(og['og:description']).toBe(site.description);
    expect(og['article:published_time']).toBeUndefined();
  });

  it('gives a page with no address of its own (the 404 page) no canonical URL, and asks not to index it', () => {
    const meta = headMeta({ title: 'Page not found' }, site, links);
    expect(meta.canonical).toBeUndefined();
    expect(Object.fromEntries(meta.properties)['og:url']).toBeUndefined();
    expect(Object.fromEntries(meta.names)['robots']).toBe('noindex');
    expect(Object.fromEntries(headMeta({ path: '' }, site, links).names)['robots']).toBeUndefined();
  });
});

describe('the _headers file', () => {
  // A long base path and a long list of framing origins: the longest lines a deploy can make.
  const base = `/${'a-long-base-path/'.repeat(6)}`;
  const ancestors = Array.from({ length: 12 }, (_, i) => `https://news-${i}.example.org`).join(' ');
  const rules = headerRules(base, headerPolicy(committedCsp, ancestors));
  const text = headersFile(base, rules);
  const csp = /Content-Security-Policy: (.*)/.exec(text)![1]!;

  it('stays within Cloudflare Pages’ limits, 100 rules and 2,000 characters a line, at any size of site', () => {
    // The rules are by path pattern: none names a page, so no number of pages adds one.
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(2000);
    for (const rule of rules) expect(rule.path).toMatch(/(\/|\*)$/);
  });

  it('names no hash: each page’s <meta> CSP states script-src and style-src with its own', () => {
    expect(cspSources(csp)).toEqual({ scripts: [], styles: [] });
    expect(csp).not.toMatch(/sha256|default-src/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('gives every response, a 404 and the search index too, the CSP and frame protection, and embeds their own', () => {
    const [all, embed] = rules;
    expect(all!.path).toBe(`${base}*`);
    expect(all!.headers).toEqual(
      expect.arrayContaining([
        ['Content-Security-Policy', expect.stringMatching(/frame-ancestors 'none'$/)],
        ['X-Frame-Options', 'DENY'],
      ]),
    );
    expect(embed!.path).toBe(`${base}embed/*`);
    expect(embed!.detach).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
    expect(embed!.headers).toEqual([['Content-Security-Policy', expect.stringMatching(/frame-ancestors https:/)]]);
    expect(text).toContain(
      `${base}embed/*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy:`,
    );
  });

  it('caches hashed assets under the base path, and lets any origin read the oEmbed answers', () => {
    expect(text).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    expect(text).toContain(`${base}oembed/*\n  Access-Control-Allow-Origin: *`);
  });

  it('takes the list of framing origins from EMBED_FRAME_ANCESTORS, any site by default', () => {
    expect(embedFrameAncestors({})).toBe('*');
    expect(embedFrameAncestors({ EMBED_FRAME_ANCESTORS: ' https://a.example  https://*.b.example ' })).toBe(
      'https://a.example https://*.b.example',
    );
    expect(() => embedFrameAncestors({ EMBED_FRAME_ANCESTORS: "'self'; script-src *" })).toThrow(
      /EMBED_FRAME_ANCESTORS/,
    );
  });
});

describe('titles and descriptions as link previews show them', () => {
  it('cuts a long one at a word, with an ellipsis, within the limit, and leaves a short one as it is', () => {
    const title =
      'After a phone call in which Erdogan makes clear he is about to invade, US troops are pulled back from the border';
    const cut = cutAtWord(title, PREVIEW_TITLE_MAX);
    expect([...cut].length).toBeLessThanOrEqual(PREVIEW_TITLE_MAX);
    expect(cut).toMatch(/\S…$/);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
    expect(title.charAt(cut.length - 1)).toMatch(/[\s,]/);
    expect(cutAtWord('A short title', PREVIEW_TITLE_MAX)).toBe('A short title');
    expect(cutAtWord('x'.repeat(400), PREVIEW_DESCRIPTION_MAX)).toHaveLength(PREVIEW_DESCRIPTION_MAX);
  });

  it('gives og:title and og:description within the limits, and the page its whole title', () => {
    const long = `${'word '.repeat(40)}end`;
    const meta = headMeta({ title: long, description: long.repeat(3), path: 'x/' }, site, links);
    const og = Object.fromEntries(meta.properties);
    expect(meta.title).toBe(long);
    expect(og['og:title']!.length).toBeLessThanOrEqual(PREVIEW_TITLE_MAX);
    expect(og['og:description']!.length).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    expect(Object.fromEntries(meta.names)['twitter:title']).toBe(og['og:title']);
  });
});
