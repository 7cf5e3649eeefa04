/**
 * The whole check of a content folder: its files (src/lib/content/), then, once they are
 * sound, its published URLs against the permalink lock and the redirects, which this layer
 * spells. The build's content loader, `npm run check:content` and the tests all run this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText } from '../content/checks/encoding.ts';
import { parseYamlText } from '../content/checks/yaml-syntax.ts';
import { ContentError } from '../content/errors.ts';
import { checkContentFolder, failedCheck } from '../content/load.ts';
import { requiredFileErrors } from './required-files.ts';
import { readSiteSettings } from '../content/site-settings.ts';
import type { CheckContext } from '../content/checks/check.ts';
import type { CheckedContent, CheckResult } from '../content/checked.ts';
import {
  checkBodyLinks,
  checkPermalinks,
  LOCK_FILE,
  parseLock,
  publishedUrls,
  readRedirects,
  REDIRECTS_FILE,
  type LinkingArticle,
  type PermalinkSource,
  type Redirects,
} from './permalinks.ts';

export interface PermalinkFiles {
  /** The lock's URLs, or `undefined` where the folder has no lock (a test fixture, a benchmark). */
  readonly locked: string[] | undefined;
  readonly redirects: Redirects;
  readonly errors: ContentError[];
  readonly files: { readonly lock: string; readonly redirects: string };
}

export function readPermalinkFiles(dir: string, cwd = process.cwd()): PermalinkFiles {
  const lockPath = join(dir, LOCK_FILE);
  const redirectsPath = join(dir, REDIRECTS_FILE);
  const files = { lock: relative(cwd, lockPath) || lockPath, redirects: relative(cwd, redirectsPath) || redirectsPath };
  const locked = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8')) : undefined;
  if (!existsSync(redirectsPath)) return { locked, redirects: new Map(), errors: [], files };
  let data: unknown;
  try {
    data = parseYamlText(decodeText(readFileSync(redirectsPath), files.redirects), files.redirects);
  } catch (error) {
    if (error instanceof ContentError) return { locked, redirects: new Map(), errors: [error], files };
    throw error;
  }
  const { redirects, errors } = readRedirects(data, files.redirects);
  return { locked, redirects, errors, files };
}

/**
 * The content check's part for permalinks: every locked URL still resolves, and every body
 * link to the site names a page it makes; list pages too where `listPages` gives them.
 */
export function checkPermalinkFiles(
  dir: string,
  content: PermalinkSource & { readonly articles: readonly LinkingArticle[] },
  cwd = process.cwd(),
  listPages: readonly string[] | undefined = undefined,
): ContentError[] {
  const { locked, redirects, errors, files } = readPermalinkFiles(dir, cwd);
  const current = publishedUrls(content, listPages);
  const withLists = listPages !== undefined;
  return [
    ...errors,
    ...checkPermalinks(locked ?? [], current, redirects, files, withLists),
    ...checkBodyLinks(content.articles, current, redirects, withLists),
  ];
}

/** Reads and checks a content folder, its published URLs included. `context.now` is the day of the check. */
export function checkContentDir(
  dir: string,
  cwd = process.cwd(),
  context: CheckContext = { now: new Date() },
  /** The list pages the content makes (src/lib/view/list-pages.ts, a layer above); without it, locked list pages are not checked. */
  listPages?: (content: CheckedContent, dir: string) => readonly string[],
): CheckResult {
  const missing = requiredFileErrors(dir, context.required ?? [], cwd);
  const result = checkContentFolder(dir, cwd, context);
  const settings = readSiteSettings(dir, cwd, context.now).errors;
  // Without a guard file, the URLs are not checked: its absence is the one fault, not what follows from it.
  if (missing.length > 0) {
    const others = result.errors.filter((error) => !missing.some((file) => file.file === error.file));
    return { content: result.content, errors: [...missing, ...others, ...settings] };
  }
  if (result.errors.length > 0) return { ...result, errors: [...result.errors, ...settings] };
  try {
    const lists = listPages?.(result.content, dir);
    return { content: result.content, errors: [...settings, ...checkPermalinkFiles(dir, result.content, cwd, lists)] };
  } catch (error) {
    return failedCheck(dir, error, cwd);
  }
}
