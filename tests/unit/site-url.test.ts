/** Which address a build publishes: localhost only for a build to look at here. */
import { describe, expect, it } from 'vitest';
import { buildsElsewhere, chooseSiteUrl, SiteUrlError } from '../../src/lib/site/site-url.ts';
import { describeSite, siteConfig } from '../../src/lib/site/site.ts';
import { headMeta } from '../../src/lib/site/page-meta.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import { siteChrome } from '../../src/lib/view/site-chrome.ts';

describe('the public address of a build', () => {
  it('is SITE_URL whenever it is set, in CI, on a host and for local work alike', () => {
    expect(chooseSiteUrl({ SITE_URL: 'https://example.org/' })).toEqual({
      url: 'https://example.org',
      from: 'SITE_URL',
      base: '/',
    });
    expect(chooseSiteUrl({ SITE_URL: 'https://example.org', CI: 'true', URL: 'https://x.netlify.app' }).url).toBe(
      'https://example.org',
    );
    expect(chooseSiteUrl({ SITE_URL: 'https://example.org' }, { local: true }).url).toBe('https://example.org');
  });

  it('is localhost on a developer machine, and for a local build (npm start, npm test) even in CI', () => {
    expect(chooseSiteUrl({}).url).toBe('http://localhost:4321');
    expect(chooseSiteUrl({ CI: 'false' }).url).toBe('http://localhost:4321');
    expect(chooseSiteUrl({ CI: 'true' }, { local: true }).url).toBe('http://localhost:4321');
  });

  it("takes Netlify's URL and Vercel's production domain", () => {
    expect(chooseSiteUrl({ CI: 'true', NETLIFY: 'true', URL: 'https://syria.netlify.app' })).toEqual({
      url: 'https://syria.netlify.app',
      from: 'URL (Netlify)',
      base: '/',
    });
    expect(
      chooseSiteUrl({
        VERCEL: '1',
        VERCEL_URL: 'syria-abc123.vercel.app',
        VERCEL_PROJECT_PRODUCTION_URL: 'syria.example',
      }),
    ).toEqual({ url: 'https://syria.example', from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)', base: '/' });
  });

  it('refuses in CI, on Cloudflare Pages and on GitHub Actions without SITE_URL, naming SITE_URL and how to set it', () => {
    for (const env of [
      { CI: 'true' },
      { CI: '1' },
      { CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.syria.pages.dev' },
      { GITHUB_ACTIONS: 'true' },
      { VERCEL: '1', VERCEL_URL: 'syria-abc123.vercel.app' },
    ]) {
      expect(() => chooseSiteUrl(env), JSON.stringify(env)).toThrow(SiteUrlError);
      try {
        chooseSiteUrl(env);
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toMatch(/^SITE_URL is not set/);
        expect(message).toContain('SITE_URL=https://example.org npm run build');
        expect(message).toContain(buildsElsewhere(env)!);
      }
    }
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => chooseSiteUrl({ URL: 'ftp://example.org' })).toThrow(/http\(s\)/);
  });
});

describe('a SITE_URL under a path (a GitHub Pages project site)', () => {
  it('takes the path as the base path, so that every asset is under it', () => {
    expect(chooseSiteUrl({ SITE_URL: 'https://user.github.io/repo/' })).toEqual({
      url: 'https://user.github.io',
      from: 'SITE_URL',
      base: '/repo/',
    });
    expect(siteConfig({ SITE_URL: 'https://user.github.io/repo' })).toMatchObject({
      url: 'https://user.github.io',
      base: '/repo/',
    });
    expect(siteConfig({ SITE_URL: 'https://user.github.io/repo/', BASE_PATH: '/repo/' }).base).toBe('/repo/');
    expect(siteConfig({ SITE_URL: 'https://example.org', BASE_PATH: 'sub' }).base).toBe('/sub/');
  });

  it('refuses a BASE_PATH that says another path, naming both', () => {
    expect(() => chooseSiteUrl({ SITE_URL: 'https://user.github.io/repo/', BASE_PATH: '/other/' })).toThrow(
      SiteUrlError,
    );
    expect(() => siteConfig({ SITE_URL: 'https://user.github.io/repo/', BASE_PATH: '/other/' })).toThrow(
      /SITE_URL \(https:\/\/user\.github\.io\/repo\/\) names the path \/repo\/ but BASE_PATH is \/other\//,
    );
  });
});

describe('a build for this machine', () => {
  const articles = { articles: [] };
  const pageOf = (env: Record<string, string>) => {
    const site = describeSite(siteConfig(env), articles);
    const links = makeLinks(site.base, site.url);
    return {
      robots: Object.fromEntries(headMeta({ title: 'x', path: 'events/x/' }, site, links).names)['robots'],
      notice: siteChrome({ site, links, current: undefined, path: 'events/x/' }).localNotice,
    };
  };

  it('asks on every page not to be indexed, and says on every page what it is', () => {
    const local = pageOf({});
    expect(local.robots).toBe('noindex');
    expect(local.notice).toMatch(/^A build for this machine \(http:\/\/localhost:4321\), not the published site/);
    expect(pageOf({ SITE_URL: 'http://127.0.0.1:8080' }).robots).toBe('noindex');
  });

  it('is not what a build for a public address is', () => {
    expect(pageOf({ SITE_URL: 'https://example.org' })).toEqual({ robots: undefined, notice: undefined });
  });
});
