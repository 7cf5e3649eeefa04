/** Reads a content folder's permalink lock and redirects from disk, and checks them. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText } from './checks/encoding.ts';
import { parseYamlText } from './checks/yaml-syntax.ts';
import { ContentError } from './errors.ts';
import {
  checkPermalinks,
  LOCK_FILE,
  parseLock,
  publishedUrls,
  readRedirects,
  REDIRECTS_FILE,
  type PermalinkSource,
  type Redirects,
} from '../site/permalinks.ts';

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

/** The content check's part for permalinks: every locked URL still resolves, list pages too where `listPages` gives them. */
export function checkPermalinkFiles(
  dir: string,
  content: PermalinkSource,
  cwd = process.cwd(),
  listPages: readonly string[] | undefined = undefined,
): ContentError[] {
  const { locked, redirects, errors, files } = readPermalinkFiles(dir, cwd);
  const current = publishedUrls(content, listPages);
  return [...errors, ...checkPermalinks(locked ?? [], current, redirects, files, listPages !== undefined)];
}
