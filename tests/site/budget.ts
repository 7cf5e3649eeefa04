/**
 * What a reader downloads, page by page: the gzip weight of a page with its CSS and its
 * JavaScript, requests to other origins that hold up rendering, and images without
 * dimensions. Plain functions over one built page, so the budget test stays readable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** The budget of a page's HTML with its CSS, in bytes after gzip. */
export const HTML_AND_CSS_BUDGET = 30 * 1024;

export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface Site {
  /** The folder the site was built into. */
  readonly dist: string;
  /** The base path every internal URL starts with, e.g. `/` or `/timeline/`. */
  readonly base: string;
  /** The site's own origin: absolute URLs to it are not another origin. */
  readonly origin: string;
}

/** Where a URL in a page points: a file of the built site, or another origin. */
export type Target = { readonly file: string } | { readonly external: string };

export function resolveUrl(site: Site, page: string, url: string): Target {
  const own = url.startsWith(`${site.origin}/`) ? url.slice(site.origin.length) : url;
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(own)) return { external: url };
  const path = own.replace(/[?#].*$/, '');
  if (path.startsWith('/')) {
    const inside = path.startsWith(site.base) ? path.slice(site.base.length) : path.slice(1);
    return { file: normalize(join(site.dist, inside)) };
  }
  return { file: normalize(join(site.dist, dirname(page), path)) };
}

/** Files that are Pagefind's own: loaded when a reader searches, not with the page. */
export const isPagefind = (file: string, site: Site) => /^pagefind\//.test(relative(site.dist, file));

function readTarget(target: Target, from: string): string {
  if ('external' in target) throw new Error(`${from}: ${target.external} is on another origin`);
  if (!existsSync(target.file)) throw new Error(`${from}: ${target.file} is missing`);
  return readFileSync(target.file, 'utf8');
}

const stylesheets = (doc: HTMLElement) =>
  doc.querySelectorAll('link').filter((link) => /\bstylesheet\b/i.test(link.getAttribute('rel') ?? ''));

/** The page's HTML plus each stylesheet it links, each gzipped as a server would send it. */
export function htmlAndCssBytes(site: Site, page: string, html: string): number {
  const doc = parse(html);
  const css = stylesheets(doc).map((link) =>
    gzipBytes(readTarget(resolveUrl(site, page, link.getAttribute('href') ?? ''), page)),
  );
  return gzipBytes(html) + css.reduce((a, b) => a + b, 0);
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * The gzip weight of the JavaScript a page loads with it: inline scripts, scripts and
 * module preloads it links, and their static imports. Dynamic `import()` (what loads
 * on demand) and Pagefind's files are not counted.
 */
export function javascriptBytes(site: Site, page: string, html: string): number {
  const doc = parse(html);
  let total = 0;
  const seen = new Set<string>();
  const visitFile = (file: string, from: string) => {
    if (seen.has(file) || isPagefind(file, site)) return;
    seen.add(file);
    const code = readTarget({ file }, from);
    total += gzipBytes(code);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const target = resolveUrl(site, relative(site.dist, file), match[1]!);
      if ('file' in target) visitFile(target.file, file);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // JSON, LD+JSON
    const src = script.getAttribute('src');
    if (!src) total += gzipBytes(script.textContent);
    else {
      const target = resolveUrl(site, page, src);
      if ('file' in target) visitFile(target.file, page);
    }
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    const target = resolveUrl(site, page, link.getAttribute('href') ?? '');
    if ('file' in target) visitFile(target.file, page);
  }
  return total;
}

/**
 * Requests to another origin that hold up the first render: stylesheets, scripts
 * without async/defer/module, and `@import`s or fonts inside CSS.
 */
export function blockingExternalRequests(site: Site, page: string, html: string): string[] {
  const doc = parse(html);
  const found: string[] = [];
  const cssTexts = doc.querySelectorAll('style').map((style) => style.textContent);
  for (const link of stylesheets(doc)) {
    const target = resolveUrl(site, page, link.getAttribute('href') ?? '');
    if ('external' in target) found.push(`stylesheet ${target.external}`);
    else if (existsSync(target.file)) cssTexts.push(readFileSync(target.file, 'utf8'));
  }
  for (const script of doc.querySelectorAll('script[src]')) {
    const target = resolveUrl(site, page, script.getAttribute('src')!);
    const deferred =
      script.hasAttribute('async') || script.hasAttribute('defer') || script.getAttribute('type') === 'module';
    if ('external' in target && !deferred) found.push(`script ${target.external}`);
  }
  for (const css of cssTexts) {
    for (const match of css.matchAll(
      /@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
    )) {
      const url = match[1] ?? match[2]!;
      if ('external' in resolveUrl(site, page, url)) found.push(`css ${url}`);
    }
  }
  return found;
}

/** `<img>` elements without a numeric width and height (they shift the layout as they load). */
export function imagesWithoutDimensions(html: string): string[] {
  return parse(html)
    .querySelectorAll('img')
    .filter((img) => !/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? ''))
    .map((img) => img.outerHTML.slice(0, 120));
}

/** The text of `<main>` as a reader sees it with JavaScript off (`<noscript>` included). */
export function staticText(html: string): string {
  const doc = parse(html);
  for (const el of doc.querySelectorAll('script, template, style')) el.remove();
  return doc.querySelector('main')?.text ?? '';
}
