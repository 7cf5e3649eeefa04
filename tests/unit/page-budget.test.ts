/** The page-budget measures themselves, on a tiny site written for the purpose. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  blockingExternalRequests,
  gzipBytes,
  htmlAndCssBytes,
  imagesWithoutDimensions,
  javascriptBytes,
  resolveUrl,
  staticText,
} from '../site/budget.ts';

const dist = mkdtempSync(join(tmpdir(), 'budget-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const site = { dist, base: '/base/', origin: 'https://example.org' };
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
write('_astro/a.css', 'body{color:red}@import url("https://fonts.example.com/x.css");');
write('_astro/main.js', 'import"./dep.js";const later=()=>import("./lazy.js");');
write('_astro/dep.js', 'export const x = 1;');
write('_astro/lazy.js', 'x'.repeat(50_000));
write('pagefind/pagefind.js', 'y'.repeat(50_000));

describe('page budget measures', () => {
  it('resolves base-relative, page-relative and own-origin URLs to files, others to another origin', () => {
    expect(resolveUrl(site, 'a/index.html', '/base/_astro/a.css')).toEqual({ file: join(dist, '_astro/a.css') });
    expect(resolveUrl(site, 'a/index.html', '../_astro/a.css?v=1')).toEqual({ file: join(dist, '_astro/a.css') });
    expect(resolveUrl(site, 'a/index.html', 'https://example.org/base/x.css')).toEqual({ file: join(dist, 'x.css') });
    expect(resolveUrl(site, 'a/index.html', '//cdn.example.com/x.css')).toEqual({
      external: '//cdn.example.com/x.css',
    });
  });

  it('adds the gzip size of each linked stylesheet to the page', () => {
    const html = '<html><head><link rel="stylesheet" href="/base/_astro/a.css"></head></html>';
    expect(htmlAndCssBytes(site, 'index.html', html)).toBe(
      gzipBytes(html) + gzipBytes('body{color:red}@import url("https://fonts.example.com/x.css");'),
    );
  });

  it('counts scripts and their static imports, not dynamic imports or Pagefind', () => {
    const html =
      '<script type="module" src="/base/_astro/main.js"></script><script src="/base/pagefind/pagefind.js"></script><script type="application/ld+json">{"a":1}</script>';
    const expected =
      gzipBytes('import"./dep.js";const later=()=>import("./lazy.js");') + gzipBytes('export const x = 1;');
    expect(javascriptBytes(site, 'index.html', html)).toBe(expected);
    expect(javascriptBytes(site, 'index.html', '<script>let a = 1;</script>')).toBe(gzipBytes('let a = 1;'));
  });

  it('finds stylesheets, synchronous scripts and CSS imports from another origin', () => {
    const html =
      '<link rel="stylesheet" href="https://cdn.example.com/s.css"><link rel="stylesheet" href="/base/_astro/a.css"><script src="https://cdn.example.com/x.js"></script><script async src="https://cdn.example.com/y.js"></script>';
    expect(blockingExternalRequests(site, 'index.html', html)).toEqual([
      'stylesheet https://cdn.example.com/s.css',
      'script https://cdn.example.com/x.js',
      'css https://fonts.example.com/x.css',
    ]);
    expect(blockingExternalRequests(site, 'index.html', '<link rel="stylesheet" href="/base/_astro/dep.js">')).toEqual(
      [],
    );
  });

  it('finds images without a numeric width and height', () => {
    expect(
      imagesWithoutDimensions(
        '<img src="a" width="10" height="20"><img src="b" width="10"><img src="c" width="auto" height="2">',
      ),
    ).toHaveLength(2);
  });

  it('reads the text of <main> without scripts', () => {
    expect(
      staticText('<main><p>Hello</p><script>document.write("later")</script><noscript>no js</noscript></main>'),
    ).toBe('Hellono js');
  });
});
