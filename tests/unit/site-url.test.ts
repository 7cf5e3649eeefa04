/** Which address a build publishes: localhost only for a build to look at here. */
import { describe, expect, it } from 'vitest';
import { buildsElsewhere, chooseSiteUrl, SiteUrlError } from '../../src/lib/site/site-url.ts';

describe('the public address of a build', () => {
  it('is SITE_URL whenever it is set, in CI, on a host and for local work alike', () => {
    expect(chooseSiteUrl({ SITE_URL: 'https://example.org/' })).toEqual({
      url: 'https://example.org',
      from: 'SITE_URL',
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
    });
    expect(
      chooseSiteUrl({
        VERCEL: '1',
        VERCEL_URL: 'syria-abc123.vercel.app',
        VERCEL_PROJECT_PRODUCTION_URL: 'syria.example',
      }),
    ).toEqual({ url: 'https://syria.example', from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)' });
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
