import { describe, expect, it } from 'vitest';
import { headMeta } from '../../src/lib/site/page-meta.ts';
import { describeSite, siteConfig } from '../../src/lib/site/site.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import {
  buildCsp,
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
  const top = { folders: ['_astro', 'embed', 'events'], files: ['404.html', '_headers', 'rss.xml'] };
  const csp = buildCsp(["script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'", "script-src 'self' 'sha256-b'"]);
  const rules = headerRules('/syria-timeline/', headerPolicy(csp, 'https://news.example'), top);
  const text = headersFile('/syria-timeline/', rules);

  it('caches hashed assets under the base path and allows every page script hash', () => {
    expect(text).toContain('/syria-timeline/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    const policy = /Content-Security-Policy: (.*)/.exec(text)![1]!;
    expect(cspSources(policy).scripts).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(cspSources(policy).styles).toEqual(["'self'", "'sha256-s'"]);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('lets only embed pages be framed, each path getting its CSP from one rule alone', () => {
    const csp = rules.filter((rule) => rule.headers.some(([name]) => name === 'Content-Security-Policy'));
    expect(csp.map((rule) => rule.path)).toEqual([
      '/syria-timeline/',
      '/syria-timeline/_astro/*',
      '/syria-timeline/events/*',
      '/syria-timeline/404.html',
      '/syria-timeline/rss.xml',
      '/syria-timeline/embed/*',
    ]);
    const embed = csp.at(-1)!.headers;
    expect(embed).toEqual([
      ['Content-Security-Policy', expect.stringMatching(/frame-ancestors https:\/\/news\.example$/)],
    ]);
    for (const rule of csp.slice(0, -1)) expect(rule.headers).toContainEqual(['X-Frame-Options', 'DENY']);
    expect(text).not.toContain('/syria-timeline/_headers');
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
