/**
 * The site works wherever it is deployed: the build `npm run build` made (at `/`, unless
 * the environment says otherwise) and a second build made here for
 * `SITE_URL=https://example.org BASE_PATH=/syria-timeline/` must both have every internal
 * link and anchor resolving, absolute link-preview URLs under the base, a feed and a
 * sitemap listing every event, and a 1200×630 preview image for each event.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { LOCK_FILE, parseLock } from '../../src/lib/site/permalinks.ts';
import { siteConfig } from '../../src/lib/site/site.ts';
import { formatBroken, LinkChecker, pageUrl, type BuiltSite } from '../support/link-checker.ts';
import { builtHtmlFiles } from '../support/built-pages.ts';
import { pngSize } from '../support/png.ts';
import { DIST, requireDist } from './dist.ts';

const { content } = checkContentDir('content');
const rootEnv = siteConfig(process.env);
const builds: (BuiltSite & { name: string; make: boolean })[] = [
  { name: `${DIST}/ (npm run build)`, dir: DIST, siteUrl: rootEnv.url, base: rootEnv.base, make: false },
  {
    name: 'dist-base/ (BASE_PATH=/syria-timeline/)',
    dir: 'dist-base',
    siteUrl: 'https://example.org',
    base: '/syria-timeline/',
    make: true,
  },
];

beforeAll(() => {
  requireDist();
  const build = builds.find((b) => b.make)!;
  rmSync(build.dir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: build.dir, SITE_URL: build.siteUrl, BASE_PATH: build.base },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The base-path build failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

const read = (site: BuiltSite, file: string) => readFileSync(join(site.dir, file), 'utf8');
const xmlValues = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
const isRedirectPage = (html: string) => html.includes('http-equiv="refresh"');

describe.each(builds)('$name', (site) => {
  const under = `${site.siteUrl}${site.base}`;
  const eventUrl = (id: string) => `${under}events/${id}/`;

  it('has every internal link and #anchor resolving, assets and preview images included', () => {
    const broken = new LinkChecker(site).checkAll();
    expect(formatBroken(broken)).toBe('');
  });

  it('still serves every URL in the permalink lock', () => {
    const checker = new LinkChecker(site);
    const locked = parseLock(readFileSync(join('content', LOCK_FILE), 'utf8'));
    const lost = locked.filter((url) => checker.check(`${site.base}${url}`, 'index.html') !== undefined);
    expect(lost).toEqual([]);
  });

  it('gives every page an absolute canonical and og:url under the base, the same as its address', () => {
    for (const file of builtHtmlFiles(site.dir)) {
      const html = read(site, file);
      const head = parse(html).querySelector('head')!;
      const canonical = head.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
      if (file === '404.html') {
        // Served at any missing address: no address of its own, and not to be indexed.
        expect(canonical, file).toBe('');
        expect(head.querySelector('meta[name=robots]')?.getAttribute('content'), file).toBe('noindex');
        continue;
      }
      expect(canonical.startsWith(under), `${file}: ${canonical}`).toBe(true);
      if (isRedirectPage(html)) continue;
      // An embed's canonical URL is its full page's (tests/site/embeds.test.ts).
      if (file.startsWith('embed/')) continue;
      expect(canonical, file).toBe(pageUrl(site, file).href);
      expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(canonical);
      for (const image of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        expect(head.querySelector(image)?.getAttribute('content')?.startsWith(`${under}og/`), `${file}: ${image}`).toBe(
          true,
        );
      }
      const feed = head.querySelector('link[rel=alternate][type="application/rss+xml"]');
      expect(feed?.getAttribute('href'), `${file} advertises the feed`).toBe(`${site.base}rss.xml`);
    }
  });

  it('draws a 1200×630 preview image for each event, named by its page', () => {
    for (const event of content.events) {
      const file = `og/events/${event.id}.png`;
      expect(pngSize(readFileSync(join(site.dir, file))), file).toEqual({ width: 1200, height: 630 });
      const page = parse(read(site, `events/${event.id}/index.html`));
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${under}${file}`);
      // An event page is a page of this site, not an article published on the event's day.
      expect(page.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
      expect(page.querySelector('meta[property="article:published_time"]')).toBeNull();
    }
    expect(pngSize(readFileSync(join(site.dir, 'og/site.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('lists every event in the feed, with absolute links that end in a slash', () => {
    const feed = read(site, 'rss.xml');
    const links = xmlValues(feed, 'link');
    expect(links[0]).toBe(under);
    for (const event of content.events) expect(links, event.id).toContain(eventUrl(event.id));
    for (const link of links) expect(link.endsWith('/'), link).toBe(true);
  });

  it('lists every page but redirects in the sitemap, and robots.txt points at it', () => {
    const index = read(site, 'sitemap-index.xml');
    const sitemaps = xmlValues(index, 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((loc) => xmlValues(read(site, loc.slice(under.length)), 'loc'));
    for (const event of content.events) expect(locs, event.id).toContain(eventUrl(event.id));
    for (const loc of locs) {
      expect(loc.startsWith(under) && loc.endsWith('/'), loc).toBe(true);
      expect(isRedirectPage(read(site, `${loc.slice(under.length)}index.html`)), `${loc} is a redirect`).toBe(false);
    }
    expect(read(site, 'robots.txt')).toContain(`Sitemap: ${under}sitemap-index.xml`);
  });

  it('puts 404.html at the root of the output, and _headers with the base path of hashed assets', () => {
    expect(existsSync(join(site.dir, '404.html'))).toBe(true);
    const headers = read(site, '_headers');
    expect(headers).toMatch(
      new RegExp(`^${site.base}_astro/\\*\\n  Cache-Control: public, max-age=31536000, immutable$`, 'm'),
    );
  });
});
