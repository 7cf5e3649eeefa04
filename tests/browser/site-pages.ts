/**
 * Which pages a build has, and under which base path: what the browser tests visit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtHtmlFiles, pagePath } from '../support/built-pages.ts';
import { join } from 'node:path';
import { DIST } from '../site/dist.ts';

/** The base path a build was made for, read from its home page's canonical URL. */
export function builtBase(dir = DIST): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical ? new URL(canonical).pathname : '/';
}

/**
 * Every page of a build, as paths under its base: the pages its sitemaps list when it
 * has `sitemap-index.xml`, else every HTML file. The 404 page is always included.
 */
export function sitePages(dir = DIST): string[] {
  const base = builtBase(dir);
  const toPath = (loc: string) => new URL(loc.replace(/&amp;/g, '&')).pathname.slice(base.length);
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = join(dir, 'sitemap-index.xml');
  const pages = existsSync(index)
    ? locs(index)
        .flatMap((sitemap) => locs(join(dir, toPath(sitemap))))
        .map(toPath)
    : builtHtmlFiles(dir)
        .filter((file) => file !== '404.html')
        .map(pagePath);
  return [...new Set([...pages, '404.html'])].sort();
}
