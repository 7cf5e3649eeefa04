/**
 * A link checker for a built site: every internal URL in every page (links, assets,
 * canonical and `og:*` URLs, refresh targets) must name a file of the build, under the
 * base path, with a trailing slash on pages, and every `#anchor` must be an id on its page.
 * Reusable: give it any output folder and the site URL and base it was built for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtHtmlFiles, pagePath } from './built-pages.ts';

export interface BuiltSite {
  /** The output folder. */
  readonly dir: string;
  /** The public origin, e.g. `https://example.org`. */
  readonly siteUrl: string;
  /** The base path, `/` or `/syria-timeline/`. */
  readonly base: string;
}

export interface BrokenLink {
  readonly page: string;
  readonly url: string;
  readonly problem: string;
}

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** The public URL of a built file: `events/x/index.html` is served as `…/base/events/x/`. */
export function pageUrl(site: BuiltSite, file: string): URL {
  return new URL(`${site.base}${pagePath(file)}`, site.siteUrl);
}

/** The URLs a page points at, as written. */
export function urlsInPage(html: string): string[] {
  const root = parse(html);
  const urls = URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).map((element) => element.getAttribute(attribute) ?? ''),
  ).filter((url) => !/^(mailto|tel|data):/i.test(url));
  const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const target = refresh?.match(/url=(.+)$/i)?.[1];
  if (target) urls.push(target.trim());
  return urls;
}

export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>();

  constructor(readonly site: BuiltSite) {}

  /** The problem with one URL seen on `page` (a file of the build), or `undefined`. */
  check(raw: string, page: string, depth = 0): string | undefined {
    if (raw === '') return 'an empty URL';
    if (/^\s*javascript:/i.test(raw)) return 'is a javascript: URL';
    const from = pageUrl(this.site, page);
    const url = new URL(raw, from);
    if (url.origin !== new URL(this.site.siteUrl).origin) return undefined; // another site
    if (!url.pathname.startsWith(this.site.base)) return `is outside the base path ${this.site.base}`;
    const rest = decodeURIComponent(url.pathname.slice(this.site.base.length));
    const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
    const path = join(this.site.dir, file);
    if (!existsSync(path) || statSync(path).isDirectory()) {
      return existsSync(join(this.site.dir, rest, 'index.html'))
        ? 'lacks the trailing slash pages have'
        : `names no file (${file})`;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor === '' || !file.endsWith('.html')) return undefined;
    if (this.idsOf(file).has(anchor)) return undefined;
    // A redirect page forwards its #anchor: look for it where the page leads.
    const forward = this.refreshTarget(file);
    if (forward !== undefined && depth < 5) return this.check(`${forward}${url.hash}`, file, depth + 1);
    return `has no element with id "${anchor}" on ${file}`;
  }

  /** Where a redirect page (`<meta http-equiv="refresh">`) sends the reader. */
  refreshTarget(file: string): string | undefined {
    const html = readFileSync(join(this.site.dir, file), 'utf8');
    const content = parse(html).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    return content?.match(/url=(.+)$/i)?.[1]?.trim();
  }

  /** Every broken internal URL in every page of the build. */
  checkAll(): BrokenLink[] {
    return builtHtmlFiles(this.site.dir).flatMap((page) =>
      urlsInPage(readFileSync(join(this.site.dir, page), 'utf8')).flatMap((url) => {
        const problem = this.check(url, page);
        return problem ? [{ page, url, problem }] : [];
      }),
    );
  }

  private idsOf(file: string): Set<string> {
    let ids = this.ids.get(file);
    if (!ids) {
      const root = parse(readFileSync(join(this.site.dir, file), 'utf8'));
      ids = new Set(
        root.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''),
      );
      this.ids.set(file, ids);
    }
    return ids;
  }
}

/** The broken links as lines a person can read. */
export function formatBroken(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.url} ${link.problem}`).join('\n');
}
