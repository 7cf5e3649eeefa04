/**
 * A build elsewhere than on a developer's machine never publishes localhost: in CI without
 * `SITE_URL` it refuses, naming `SITE_URL`; with Netlify's `URL` every absolute address of
 * the site uses it. Each build is a clean one in its own copy of the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, isolatedBuild } from './isolated-build.ts';

const NETLIFY_URL = 'https://syria-timeline.netlify.app';
/** Files whose text may hold an address; images and Pagefind's compressed index are not text. */
const TEXT = /\.(html|xml|json|txt|csv|css|js|svg|webmanifest)$|^_headers$|^_redirects$/;
const ABSOLUTE = /\bhttps?:\/\/[^\s"'<>)\\`]+/g;
/** Namespaces and vocabularies that a feed, sitemap, SVG, JSON-LD or JSON Schema names. */
const VOCABULARIES = new Set([
  'http://www.w3.org',
  'https://www.w3.org',
  'http://www.sitemaps.org',
  'https://www.sitemaps.org',
  'https://schema.org',
  'https://json-schema.org',
  'http://purl.org',
  'http://www.google.com',
  'http://www.bing.com',
  'https://ogp.me',
]);

/** The origins the content itself cites (the articles' source URLs and links): those are other sites. */
function contentOrigins(): Set<string> {
  const origins = new Set<string>();
  for (const file of readdirSync('content', { recursive: true, encoding: 'utf8' })) {
    if (!/\.(md|ya?ml)$/.test(file)) continue;
    for (const [url] of readFileSync(join('content', file), 'utf8').matchAll(ABSOLUTE)) {
      try {
        origins.add(new URL(url).origin);
      } catch {
        // Not an address after all.
      }
    }
  }
  return origins;
}

describe('a build in CI', () => {
  it('refuses without SITE_URL, naming SITE_URL and how to set it', async () => {
    const build = isolatedBuild('ci-no-site-url', { env: { CI: 'true' } });
    await expect(build).rejects.toThrow(/SITE_URL is not set/);
    await expect(build).rejects.toThrow(/SITE_URL=https:\/\/example\.org npm run build/);
  }, 120_000);

  it("with Netlify's URL, uses it for every absolute address of the site", async () => {
    const { outDir } = await isolatedBuild('ci-netlify', { env: { CI: 'true', NETLIFY: 'true', URL: NETLIFY_URL } });
    const others = contentOrigins();
    const foreign = new Map<string, string>();
    let own = 0;
    for (const file of filesIn(outDir).filter((f) => !f.startsWith('pagefind/') && TEXT.test(f.split('/').pop()!))) {
      const text = readFileSync(join(outDir, file), 'utf8');
      expect(text.includes('localhost'), `${file} names localhost`).toBe(false);
      for (const [url] of text.matchAll(ABSOLUTE)) {
        const origin = new URL(url).origin;
        if (origin === NETLIFY_URL) own += 1;
        else if (!others.has(origin) && !VOCABULARIES.has(origin)) foreign.set(url, file);
      }
    }
    expect(Object.fromEntries(foreign)).toEqual({});
    expect(own).toBeGreaterThan(100);
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain(`<link rel="canonical" href="${NETLIFY_URL}/">`);
    expect(index).toContain(`<meta property="og:image" content="${NETLIFY_URL}/og/site.png">`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${NETLIFY_URL}/sitemap-index.xml`);
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(`<link>${NETLIFY_URL}/</link>`);
  }, 300_000);
});

describe('a build for a site under a path, and a build for this machine', () => {
  it('takes the path of SITE_URL as the base path: every asset and link of a GitHub Pages project site is under it', async () => {
    const { outDir } = await isolatedBuild('github-pages-path', {
      env: { CI: 'true', GITHUB_ACTIONS: 'true', SITE_URL: 'https://user.github.io/repo/' },
    });
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('<link rel="canonical" href="https://user.github.io/repo/">');
    const local = [...index.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map(([, path]) => path!);
    expect(local.length).toBeGreaterThan(10);
    for (const path of local) expect(path.startsWith('/repo/'), path).toBe(true);
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toContain('/repo/_astro/*');
    // A build for a public address carries no notice and asks to be indexed.
    expect(index).not.toContain('<aside class="local-build-notice"');
    expect(index).not.toContain('name="robots"');
  }, 300_000);
});
