/**
 * The browser checks can fail: the recorder notices a request to another origin, a
 * console error and a dialog; axe notices a violation; the server answers as a host does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describeInBrowser, type Session } from './harness.ts';
import { builtBase, sitePages } from './site-pages.ts';

/** A tiny build under `/base/`, with or without a sitemap. */
function fakeBuild(withSitemap: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-dist-'));
  const page = (path: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<link rel="canonical" href="https://example.org/base/${path}">`);
  };
  ['', 'about/', 'events/a/', 'unlisted/'].forEach(page);
  writeFileSync(join(dir, '404.html'), '');
  if (withSitemap) {
    writeFileSync(
      join(dir, 'sitemap-index.xml'),
      '<sitemapindex><sitemap><loc>https://example.org/base/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
    writeFileSync(
      join(dir, 'sitemap-0.xml'),
      ['', 'about/', 'events/a/?x=1&amp;y=2']
        .map((p) => `<url><loc>https://example.org/base/${p}</loc></url>`)
        .join(''),
    );
  }
  return dir;
}

describe('the page list of a build', () => {
  it('reads the base path from the home page', () => {
    expect(builtBase(fakeBuild(false))).toBe('/base/');
  });

  it('is what the sitemaps list, and the 404 page, when there is a sitemap', () => {
    expect(sitePages(fakeBuild(true))).toEqual(['', '404.html', 'about/', 'events/a/']);
  });

  it('is every HTML file when there is no sitemap', () => {
    expect(sitePages(fakeBuild(false))).toEqual(['', '404.html', 'about/', 'events/a/', 'unlisted/']);
  });
});

describeInBrowser('the browser harness', (env) => {
  let session: Session;
  beforeEach(async () => {
    session = await env.session();
  });
  afterEach(async () => {
    await session.close();
  });

  it('records and refuses a request to another origin, a console error and a dialog', async () => {
    await session.goto('');
    await session.page.evaluate(async () => {
      console.error('something broke');
      alert('hello');
    });
    // A top-level navigation: the page's CSP (connect-src, img-src) would stop a fetch or
    // an image before it became a request, and the harness must catch what gets past it.
    await session.page.goto('https://example.org/tracker.gif').catch(() => undefined);
    expect(session.foreignRequests).toEqual(['https://example.org/tracker.gif']);
    expect(session.consoleErrors.some((text) => text.includes('something broke'))).toBe(true);
    expect(session.dialogs).toEqual(['alert: hello']);
    expect(() => session.expectClean()).toThrow();
  });

  it('finds an accessibility violation when there is one', async () => {
    await session.goto('');
    await session.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'favicon.svg';
      document.querySelector('main')?.append(img);
    });
    const { violations } = await new AxeBuilder({ page: session.page }).withTags(['wcag2a']).analyze();
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
  });

  it('serves folders with a slash, redirects without one, and answers 404 with the 404 page', async () => {
    const { server } = env;
    const folder = await fetch(server.url('about/'));
    expect(folder.status).toBe(200);
    expect(await folder.text()).toContain('<h1>About this timeline</h1>');
    const bare = await fetch(server.url('about'), { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, `${server.base}about/`]);
    const missing = await fetch(server.url('no/such/page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const escape = await fetch(`${server.origin}${server.base}..%2F..%2Fetc%2Fpasswd`);
    expect(escape.status).toBe(404);
  });
});
