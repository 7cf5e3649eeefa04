/**
 * The host recipes read as their hosts read them and fit the build: netlify.toml points
 * Netlify at what `npm run build` makes, and Netlify's own parser reads `_headers` with every
 * rule under the build's base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { parseAllHeaders } from '@netlify/headers-parser';
import { siteConfig } from '../../src/lib/site/site.ts';
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
});
