/**
 * The host recipes read as their hosts read them and fit the build: netlify.toml points
 * Netlify at what `npm run build` makes, and Netlify's own parser reads `_headers` with every
 * rule under the build's base path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { parseAllHeaders } from '@netlify/headers-parser';
import { siteConfig } from '../../src/lib/site/site.ts';
import { FORMER_HOST_FILES, HOST_FILES, hostsDir } from '../../src/lib/site/host-files.ts';
import { headersFileFor } from '../support/host-rules.ts';
import { DIST, requireDist } from './dist.ts';

beforeAll(requireDist);

describe('netlify.toml', () => {
  const config = parse(readFileSync('netlify.toml', 'utf8')) as { build: { command: string; publish: string } };

  it('builds with npm run build and publishes the folder it writes', () => {
    expect(config.build.command).toBe('npm run build');
    // The site tests read what `npm run build` wrote without OUT_DIR, as on Netlify: that
    // folder is the one Netlify publishes, and it holds the whole build, pages, host files
    // and search index alike.
    if (!process.env.DIST_DIR) expect(resolve(config.build.publish)).toBe(resolve(DIST));
    for (const file of ['index.html', '404.html', '_headers', '_redirects', 'pagefind/pagefind.js'])
      expect(existsSync(join(config.build.publish, file)), file).toBe(true);
  });

  it("leaves headers and redirects to the build's own _headers and _redirects", () => {
    expect(Object.keys(config)).toEqual(['build']);
  });
});

describe('_headers as Netlify reads it', () => {
  it('has no error, every rule under the base path, and the security headers on every page', async () => {
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(DIST, '_headers')],
      configHeaders: [],
      minimal: true,
    });
    expect(errors).toEqual([]);
    const base = siteConfig().base;
    const rules = headers as { for: string; values: Record<string, string> }[];
    for (const rule of rules) expect(rule.for.startsWith(base), rule.for).toBe(true);
    const names = new Set(rules.flatMap((rule) => Object.keys(rule.values)));
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Cache-Control'])
      expect(names, name).toContain(name);
  });

  it('gives embed pages their own CSP as Netlify matches rules, the later rule’s value of a header winning', async () => {
    const { headers } = await parseAllHeaders({
      headersFiles: [join(DIST, '_headers')],
      configHeaders: [],
      minimal: true,
    });
    const rules = headers as { for: string; values: Record<string, string> }[];
    const matching = (path: string) =>
      Object.assign(
        {},
        ...rules
          .filter((rule) =>
            new RegExp(`^${rule.for.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path),
          )
          .map((rule) => rule.values),
      ) as Record<string, string>;
    const base = siteConfig().base;
    expect(matching(`${base}embed/timeline/`)['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(matching(`${base}events/`)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
  });
});

describe('_headers within its hosts’ documented limits', () => {
  // Cloudflare Pages: "A project is limited to 100 header rules. Each line in the _headers file
  // has a 2,000 character limit." Netlify documents no limit on either; its parser reads the file above.
  // @see https://developers.cloudflare.com/pages/configuration/headers/
  const text = () => readFileSync(join(DIST, '_headers'), 'utf8');

  it('has at most 100 rules, and no line past 2,000 characters', () => {
    const lines = text().split('\n');
    const rules = lines.filter((line) => line.startsWith('/'));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of lines) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(2000);
  });

  it('gives a missing page’s 404 and the search index the CSP and frame protection', () => {
    const base = siteConfig().base;
    for (const path of [`${base}no-such-page/`, `${base}no/such/page`, `${base}pagefind/pagefind.js`]) {
      const headers = headersFileFor(DIST, path);
      expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'$/);
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('lets a page on any origin read every oEmbed answer', () => {
    const base = siteConfig().base;
    const files = readdirSync(join(DIST, 'oembed'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.json'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(headersFileFor(DIST, `${base}oembed/${file}`).get('access-control-allow-origin'), file).toBe('*');
  });
});

describe('configuration for other servers', () => {
  it('is written beside the output, never into what a host publishes', () => {
    for (const name of [HOST_FILES.nginx, HOST_FILES.caddy, ...FORMER_HOST_FILES])
      expect(existsSync(join(DIST, name)), name).toBe(false);
    for (const name of [HOST_FILES.nginx, HOST_FILES.caddy])
      expect(existsSync(join(hostsDir(DIST), name)), name).toBe(true);
  });
});
