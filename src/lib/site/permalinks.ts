/**
 * Permalinks that never break. `content/permalinks.lock` lists every URL the site has
 * ever published (paths under the base, pages ending in `/`, claims as `#claim-…`
 * anchors). A URL in the lock must still resolve: either the content still makes it, or
 * `content/redirects.yaml` sends its page somewhere that does.
 * @see https://www.w3.org/Provider/Style/URI — "Cool URIs don't change"
 */
import { ContentError } from '../content/errors.ts';
import { EMBED_FOLDER, paths } from './urls.ts';

export const LOCK_FILE = 'permalinks.lock';
export const REDIRECTS_FILE = 'redirects.yaml';

/** The pages the site has whatever the content; the content's own URLs are added to these. */
export const FIXED_PAGES = [
  paths.home(),
  paths.about(),
  paths.standards(),
  paths.articles(),
  paths.events(),
  paths.claims(),
  paths.corrections(),
] as const;

export interface PermalinkSource {
  readonly events: readonly { readonly id: string }[];
  readonly articles: readonly {
    readonly slug: string;
    readonly data: {
      readonly claims: readonly {
        readonly id: string;
        readonly event: string;
        readonly figure?: { readonly measure: string } | undefined;
        /** Ids it was published under before: their anchors are still on its event's page. */
        readonly formerIds?: readonly string[] | undefined;
      }[];
    };
  }[];
}

/**
 * Every URL the content publishes now, sorted: pages (events, articles, measures, claims), claim
 * anchors on event pages, the embed pages, whose addresses sit in other sites' iframes and
 * must not break either, and the list pages (`listPages`, from `src/lib/view/list-pages.ts`:
 * people, filters, and the period pages of every split list).
 */
export function publishedUrls(content: PermalinkSource, listPages: readonly string[] = []): string[] {
  const urls = new Set<string>([...FIXED_PAGES, paths.embedTimeline(), ...listPages]);
  for (const event of content.events) {
    urls.add(paths.event(event.id));
    urls.add(paths.embedEvent(event.id));
  }
  for (const article of content.articles) {
    urls.add(paths.article(article.slug));
    for (const claim of article.data.claims) {
      urls.add(paths.claim(claim.event, claim.id));
      urls.add(paths.claimPage(claim.event, claim.id));
      for (const former of claim.formerIds ?? []) urls.add(paths.claim(claim.event, former));
      if (claim.figure) {
        urls.add(paths.measure(claim.figure.measure));
        urls.add(paths.embedMeasure(claim.figure.measure));
      }
    }
  }
  return [...urls].sort();
}

/**
 * Whether a locked URL is one the content alone decides (an event, article, claim, measure or
 * embed, or a fixed page), as opposed to a list page (people, places, filters, periods), which
 * only the check given the list pages can judge.
 */
export function isContentUrl(url: string): boolean {
  const page = url.replace(/#.*$/, '');
  return (
    (FIXED_PAGES as readonly string[]).includes(page) ||
    /^(events|articles)\//.test(page) ||
    page.startsWith(`${EMBED_FOLDER}/`) ||
    /^claims\/[^/]+\/$/.test(page)
  );
}

/** The lock's lines: one path a line, from the base (`/events/x/`); blank lines and `#` comments are skipped. */
export function parseLock(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.replace(/^\//, ''));
}

export function formatLock(urls: Iterable<string>): string {
  const header = [
    '# Every URL this site has ever published, under its base path. Never remove a line:',
    '# to move a page, declare a redirect in redirects.yaml. `npm run permalinks` adds new URLs.',
  ];
  const lines = [...new Set(urls)].sort().map((url) => `/${url}`);
  return [...header, ...lines, ''].join('\n');
}

/** Redirects, from an old page path to the page that replaced it: `events/old/: events/new/`. */
export type Redirects = ReadonlyMap<string, string>;

const PAGE_PATH = /^([a-z0-9-]+\/)+$/;
/**
 * Where a redirect may lead: a page path, with a query string for a page that reads one
 * (`search/?q=kobani`, the live search). Only characters a URL keeps as they are.
 */
const TARGET_PATH = /^([a-z0-9-]+\/)+(\?[A-Za-z0-9._~%+=&-]*)?$/;

/** The page a redirect target names, without its query string. */
export const targetPage = (to: string): string => to.replace(/\?.*$/, '');

/** Reads the parsed `redirects.yaml`; every mistake is named by file and key. */
export function readRedirects(data: unknown, file: string): { redirects: Redirects; errors: ContentError[] } {
  const redirects = new Map<string, string>();
  const errors: ContentError[] = [];
  if (data === null || data === undefined) return { redirects, errors };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      redirects,
      errors: [new ContentError(file, '(root)', 'expected a map of old page path to new page path')],
    };
  }
  for (const [from, to] of Object.entries(data)) {
    if (!PAGE_PATH.test(from))
      errors.push(new ContentError(file, from, 'the old path must be a page path like "events/old-id/"'));
    else if (typeof to !== 'string' || !TARGET_PATH.test(to))
      errors.push(new ContentError(file, from, 'the new path must be a page path like "events/new-id/"'));
    else redirects.set(from, to);
  }
  return { redirects, errors };
}

/** The declared redirects, and for each moved event its embed too: other sites' iframes keep working. */
export function withEmbedRedirects(redirects: Redirects): Redirects {
  const all = new Map(redirects);
  const embedded = (path: string) => `${EMBED_FOLDER}/${path}`;
  for (const [from, to] of redirects) {
    // Only an event's own page has an embed; a claim's page (`events/x/claims/c/`) has none.
    const eventPage = /^events\/[^/]+\/$/;
    if (eventPage.test(from) && eventPage.test(to) && !all.has(embedded(from))) all.set(embedded(from), embedded(to));
  }
  return all;
}

function splitUrl(url: string): { page: string; anchor: string | undefined } {
  const hash = url.indexOf('#');
  return hash === -1 ? { page: url, anchor: undefined } : { page: url.slice(0, hash), anchor: url.slice(hash + 1) };
}

/** Where a page path ends up after following redirects; `undefined` for a loop. */
export function followRedirects(page: string, redirects: Redirects): string | undefined {
  const seen = new Set<string>();
  let current = page;
  while (redirects.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = redirects.get(current)!;
  }
  return current;
}

/**
 * Where a page path ends up when it, or a folder it is in, moved: a claim's page
 * `events/old/claims/c/` follows its event's redirect `events/old/` to `events/new/claims/c/`.
 * `undefined` for a loop.
 */
export function followMoved(page: string, redirects: Redirects): string | undefined {
  if (redirects.has(page)) {
    // Its target may lie in a folder that moved since (a renamed claim's page, under an event renamed later).
    const target = followRedirects(page, redirects);
    return target === undefined ? undefined : followMoved(target, redirects);
  }
  const folder = [...redirects.keys()].filter((from) => page.startsWith(from)).sort((a, b) => b.length - a.length)[0];
  if (folder === undefined) return page;
  const target = followRedirects(folder, redirects);
  return target === undefined ? undefined : `${target}${page.slice(folder.length)}`;
}

/**
 * Every locked URL that no longer resolves, and every redirect that cannot work. A claim
 * anchor resolves where its page (after redirects) still carries that claim: claim ids
 * are permanent, and a redirect page keeps the `#claim-…` part when it forwards.
 */
export function checkPermalinks(
  locked: readonly string[],
  current: readonly string[],
  redirects: Redirects,
  files: { lock: string; redirects: string },
  /** Whether `current` holds the list pages; without them, locked list pages are left to the check that has them. */
  withListPages = true,
): ContentError[] {
  const now = new Set(current);
  const pages = pagesOf(current);
  const errors: ContentError[] = [];
  for (const [from, to] of redirects) {
    // A redirect's target may itself sit in a folder that moved since (a renamed claim's page, under an event renamed later).
    const followed = followRedirects(from, redirects);
    const target = followed === undefined ? undefined : followMoved(followed, redirects);
    if (pages.has(from))
      errors.push(new ContentError(files.redirects, from, 'is still a page of the site; a redirect would hide it'));
    else if (target === undefined)
      errors.push(new ContentError(files.redirects, from, 'the redirects go round in a loop'));
    // Without the list pages, a redirect to one (a renamed place) is left to the check that has them.
    else if (!pages.has(targetPage(target)) && (withListPages || isContentUrl(targetPage(target))))
      errors.push(new ContentError(files.redirects, from, `leads to "${to}", which is not a page of the site`));
  }
  const moved = withEmbedRedirects(redirects);
  for (const url of locked) {
    if (!withListPages && !isContentUrl(url)) continue;
    if (resolves(url, now, pages, moved)) continue;
    const { page, anchor } = splitUrl(url);
    const fix =
      anchor === undefined || !pages.has(page)
        ? `declare a redirect for "${page}" in ${files.redirects}`
        : 'the claim is no longer on this page; a claim keeps its id and its event for good';
    errors.push(new ContentError(files.lock, `/${url}`, `was published and no longer resolves: ${fix}`));
  }
  return errors;
}

/** The pages of `current` (URLs without their anchors), the search page too. */
function pagesOf(current: readonly string[]): Set<string> {
  // The search page is a page of the site too, though it publishes no permalink of its own.
  return new Set([...current.map((url) => splitUrl(url).page), paths.search()]);
}

/** Whether `url` is a page of the site or a claim on one (`now`), itself or through the redirects (`moved`). */
function resolves(url: string, now: ReadonlySet<string>, pages: ReadonlySet<string>, moved: Redirects): boolean {
  if (now.has(url)) return true;
  const { page, anchor } = splitUrl(url);
  const target = followMoved(page, moved);
  return (
    target !== undefined && (anchor === undefined ? pages.has(targetPage(target)) : now.has(`${target}#${anchor}`))
  );
}

/** What the body-link check reads of an article: its file, and its links to the site's own pages. */
export interface LinkingArticle {
  readonly file: string;
  readonly siteLinks: readonly { readonly url: string; readonly line: number | undefined }[];
}

/**
 * Every link of an article body to a page of the site (`/events/x/#claim-c1`) that the
 * content does not make: a page of `current` or a redirect's source, and for a `#claim-…`
 * anchor a claim of that page (or one of its former ids). Other anchors and query strings
 * are not judged. Without the list pages (`withListPages`), links to them are left alone.
 */
export function checkBodyLinks(
  articles: readonly LinkingArticle[],
  current: readonly string[],
  redirects: Redirects,
  withListPages = true,
): ContentError[] {
  const now = new Set(current);
  const pages = pagesOf(current);
  const moved = withEmbedRedirects(redirects);
  return articles.flatMap((article) =>
    article.siteLinks.flatMap(({ url: link, line }) => {
      const { page: path, anchor } = splitUrl(link.slice(1));
      const page = targetPage(path);
      const claim = anchor?.startsWith('claim-') ? anchor : undefined;
      const url = claim === undefined ? page : `${page}#${claim}`;
      if ((!withListPages && !isContentUrl(page)) || resolves(url, now, pages, moved)) return [];
      const problem =
        claim !== undefined && resolves(page, now, pages, moved)
          ? `its page has no claim "${claim.slice('claim-'.length)}": link to one of its claims, or to the page`
          : 'which is not a page of the site: link to a page the content makes (an event, article, claim, person, place or list), or declare a redirect';
      const field = `body${line === undefined ? '' : ` (line ${line})`}`;
      return [new ContentError(article.file, field, `links to "${link}", ${problem}`)];
    }),
  );
}

/** URLs the content publishes that the lock does not list yet. */
export function unlockedUrls(locked: readonly string[], current: readonly string[]): string[] {
  const known = new Set(locked);
  return current.filter((url) => !known.has(url));
}
