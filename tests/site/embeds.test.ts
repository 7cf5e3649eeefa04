/** Embeds on the built site: oEmbed files valid against oEmbed 1.0, found from their pages; framing only for embeds. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DIST, htmlFiles, readPage, requireDist } from './dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

beforeAll(requireDist);

/** The fields oEmbed 1.0 requires of a `rich` response (sections 2.3.4 and 2.3.4.4). */
const OEMBED_RICH = {
  type: 'object',
  required: ['type', 'version', 'html', 'width', 'height', 'title', 'provider_name', 'provider_url'],
  properties: {
    type: { const: 'rich' },
    version: { const: '1.0' },
    html: { type: 'string', pattern: '^<iframe [^>]*></iframe>$' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
    title: { type: 'string', minLength: 1 },
    provider_name: { type: 'string', minLength: 1 },
    provider_url: { type: 'string', pattern: '^https?://' },
    cache_age: { type: 'integer', minimum: 0 },
  },
};
const validate = new Ajv2020({ allErrors: true }).compile(OEMBED_RICH);

/** A file of the build from an absolute URL of the site. */
function fileOf(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, '');
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

const discovered = () =>
  htmlFiles().flatMap((file) =>
    readPage(file)
      .querySelectorAll('link[type="application/json+oembed"]')
      .map((link) => ({ file, href: link.getAttribute('href')!, title: link.getAttribute('title') })),
  );

describe('oEmbed', () => {
  it('every page that has an embed names its oEmbed file, which shows that embed, and nothing else does', () => {
    const links = discovered();
    const byPage = new Map(links.map((link) => [link.file, link.href]));
    const embedPages = htmlFiles().filter((file) => file.startsWith('embed/'));
    expect(embedPages.filter((f) => f.startsWith('embed/claims/')).length).toBeGreaterThan(5);
    for (const embed of embedPages) {
      const canonical = readPage(embed).querySelector('link[rel=canonical]')!.getAttribute('href')!;
      const file = fileOf(canonical).slice(DIST.length + 1);
      const href = byPage.get(file);
      expect(href, `${file} (embedded as ${embed}) has no oEmbed discovery link`).toBeDefined();
      const src = /src="([^"]+)"/.exec(JSON.parse(readFileSync(fileOf(href!), 'utf8')).html)![1]!;
      expect(fileOf(src).slice(DIST.length + 1), file).toBe(embed);
    }
    expect(byPage.size).toBe(embedPages.length);
    for (const { file, href } of links) {
      expect(existsSync(fileOf(href)), `${file}: ${href}`).toBe(true);
      expect(readPage(file).querySelectorAll('link[type="application/json+oembed"]'), file).toHaveLength(1);
    }
  });

  it('every oEmbed file has the oEmbed 1.0 fields, and its iframe shows an embed page of the site', () => {
    const links = discovered();
    expect(links.length).toBeGreaterThan(1);
    for (const { href } of links) {
      const data = JSON.parse(readFileSync(fileOf(href), 'utf8'));
      expect(validate(data), `${href}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const src = /src="([^"]+)"/.exec(data.html)![1]!;
      expect(src).toMatch(/\/embed\//);
      expect(existsSync(fileOf(src)), src).toBe(true);
      expect(data.html).toContain(`width="${data.width}" height="${data.height}"`);
    }
    // The check bites: a response without its html is refused.
    const broken = JSON.parse(readFileSync(fileOf(links[0]!.href), 'utf8'));
    delete broken.html;
    expect(validate(broken)).toBe(false);
  });
});

describe('embed pages', () => {
  const embeds = () => htmlFiles().filter((file) => file.startsWith('embed/'));

  it('exist for the timeline, every event and every measure, without the site header or footer', () => {
    expect(embeds()).toContain('embed/timeline/index.html');
    expect(embeds().filter((f) => f.startsWith('embed/events/')).length).toBeGreaterThan(10);
    expect(embeds().filter((f) => f.startsWith('embed/claims/')).length).toBeGreaterThan(5);
    for (const file of embeds()) {
      const page = readPage(file);
      expect(page.querySelector('.site-header, .site-footer'), file).toBeNull();
      expect(page.querySelector('base')?.getAttribute('target'), file).toBe('_top');
      // No link of its own target overrides the base: every one opens in the top window.
      expect(page.querySelectorAll('a[target]').length, file).toBe(0);
      const canonical = page.querySelector('link[rel=canonical]')!.getAttribute('href')!;
      const back = page.querySelector('.embed__footer a')!.getAttribute('href')!;
      expect(new URL(back, canonical).href, file).toBe(canonical.replace(/#.*$/, '') + new URL(back, canonical).hash);
      expect(canonical).not.toMatch(/\/embed\//);
    }
  });

  it('are left out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/embed/');
    for (const file of embeds()) expect(readPage(file).querySelector('[data-pagefind-body]'), file).toBeNull();
  });

  it('alone may be framed: _headers gives every page one CSP, frame-ancestors * only under embed/', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    for (const file of htmlFiles()) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const headers = headersFor(rules, path);
      const csp = headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);
      expect(csp, path).toHaveLength(1);
      const frame = headers.filter(([name]) => name === 'X-Frame-Options').map(([, value]) => value);
      if (file.startsWith('embed/')) {
        expect(csp[0], path).toMatch(/frame-ancestors \*$/);
        expect(frame, path).toEqual([]);
      } else {
        expect(csp[0], path).toContain("frame-ancestors 'none'");
        expect(frame, path).toEqual(['DENY']);
      }
    }
  });
});

describe('the Embed control', () => {
  it('stands on every page that has an embed, its code the one the oEmbed file gives', () => {
    for (const { file, href } of discovered()) {
      const page = readPage(file);
      const code = page.querySelector('details.embed-control textarea');
      expect(code, file).not.toBeNull();
      const label = page.querySelector(`label[for="${code!.getAttribute('id')}"]`);
      expect(label, file).not.toBeNull();
      const { html } = JSON.parse(readFileSync(fileOf(href), 'utf8'));
      expect(
        code!.textContent
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      ).toBe(html);
    }
  });
});
