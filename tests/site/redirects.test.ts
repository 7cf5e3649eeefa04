/**
 * A declared redirect becomes a static page that works on any host: a meta refresh, a
 * canonical link and a plain link, and a script (hashed into the CSP) that keeps the
 * `#claim-…` part. Built from the small valid fixture with a base path, to be quick.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { formatBroken, LinkChecker, type BuiltSite } from '../support/link-checker.ts';
import { pagePolicy, unhashedInlineScripts } from '../support/csp.ts';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { redirectsFile } from '../../src/lib/site/redirects-file.ts';
import { buildMovedFixture, NEW, OLD } from '../support/moved-fixture.ts';

const locked = [`/${NEW}`, `/${OLD}`, `/${OLD}#claim-troops-more-than-2000`];
let site: BuiltSite;

beforeAll(() => {
  site = buildMovedFixture('redirects', locked).site;
}, 300_000);

describe('a redirect page', () => {
  const html = () => readFileSync(join(site.dir, OLD, 'index.html'), 'utf8');

  it('forwards without script (meta refresh, plain link) and names the new page as canonical', () => {
    const page = parse(html());
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`1; url=/sub/${NEW}`);
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`https://example.org/sub/${NEW}`);
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('main a')?.getAttribute('href')).toBe(`/sub/${NEW}`);
  });

  it('keeps the #anchor with a script the page CSP allows', () => {
    expect(pagePolicy(html())).toBeDefined();
    // Inline or a file under _astro/, the page's script carries the anchor over.
    const scripts = parse(html())
      .querySelectorAll('script')
      .map((script) => {
        const src = script.getAttribute('src');
        return src ? readFileSync(join(site.dir, src.slice(site.base.length)), 'utf8') : script.text;
      });
    expect(unhashedInlineScripts(html())).toEqual([]);
    // Run as a browser would, at the old address with a claim's anchor: it goes to the new
    // page, anchor kept.
    const page = parse(html());
    const at = `https://example.org/sub/${OLD}`;
    const replaced: string[] = [];
    const window = {
      document: {
        querySelector: (selector: string) => {
          const element = page.querySelector(selector);
          return element && { href: new URL(element.getAttribute('href')!, at).href };
        },
      },
      location: {
        href: `${at}#claim-troops-more-than-2000`,
        hash: '#claim-troops-more-than-2000',
        replace: (url: string) => replaced.push(url),
      },
    };
    const context = createContext(window);
    for (const script of scripts) runInContext(script, context);
    expect(replaced).toEqual([`https://example.org/sub/${NEW}#claim-troops-more-than-2000`]);
  });

  it('makes every locked URL resolve, claim anchors through the redirect, and no link break', () => {
    const checker = new LinkChecker(site);
    for (const url of locked) expect(checker.check(`${site.base}${url.slice(1)}`, 'index.html'), url).toBeUndefined();
    expect(checker.check(`${site.base}${OLD}#claim-no-such-claim`, 'index.html')).toMatch(/no element with id/);
    expect(formatBroken(checker.checkAll())).toBe('');
  });

  it('is left out of the sitemap', () => {
    const sitemap = readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`https://example.org/sub/${NEW}`);
    expect(sitemap).not.toContain(OLD);
  });
});

/** `_redirects` as Netlify reads it, with Netlify's own parser (Cloudflare Pages reads the same lines). */
async function netlifyRedirects(file: string) {
  const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: true });
  expect(errors).toEqual([]);
  return redirects as { from: string; to: string; status: number; force: boolean }[];
}

describe('the _redirects file', () => {
  it('gives every moved page a real 301 under the base path, to a page the build has', async () => {
    const rules = await netlifyRedirects(join(site.dir, '_redirects'));
    // The event's page, and with it its embed and its claims' pages, which move with it.
    expect(rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: `/sub/${OLD}`, to: `/sub/${NEW}`, status: 301 })]),
    );
    for (const rule of rules) expect(rule.status).toBe(301);
    const checker = new LinkChecker(site);
    for (const rule of rules) expect(checker.check(rule.to, 'index.html'), rule.to).toBeUndefined();
  });

  it('is in the form Cloudflare Pages takes: source, destination, a bare status', () => {
    const lines = readFileSync(join(site.dir, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    for (const line of lines) expect(line).toMatch(/^\/\S* \/\S* 301$/);
  });

  it('forces each redirect on Netlify, where the refresh page at the old path would shadow it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netlify-redirects-')), '_redirects');
    writeFileSync(file, redirectsFile('/sub/', [{ from: OLD, to: NEW }], { netlify: true }));
    expect(await netlifyRedirects(file)).toEqual([
      expect.objectContaining({ from: `/sub/${OLD}`, to: `/sub/${NEW}`, status: 301, force: true }),
    ]);
  });
});
