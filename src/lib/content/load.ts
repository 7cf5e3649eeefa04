/** Reads a content folder from disk and checks it. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from './content-check.ts';
import type { CheckContext } from './checks/check.ts';
import type { CheckResult, RawContent, RawFile } from './checked.ts';
import { ContentError } from './errors.ts';
import { requireArticles } from './checks/not-empty.ts';
import { strayEntries } from './checks/content-files.ts';

/** The content folder: `content/`, or `CONTENT_DIR` (the benchmark builds from another). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}

/**
 * Whether the folder is the site's own content, not a fixture or a benchmark's (`CONTENT_DIR`).
 * Decided by the folder, not by the variable: `CONTENT_DIR=content` (or `./content/`, or a
 * link to it) names the site's own, which keeps every guard of the site's own.
 */
export function isSiteContent(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): boolean {
  const dir = env.CONTENT_DIR?.trim();
  return !dir || sameFolder(resolve(cwd, dir), resolve(cwd, 'content'));
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    // A folder that is not there is no other folder's: its own reading names it missing.
    return a === b;
  }
}

function read(path: string, cwd: string): RawFile {
  const shown = relative(cwd, path) || path;
  if (!existsSync(path)) throw new ContentError(shown, '(file)', 'is missing');
  if (!statSync(path).isFile()) throw new ContentError(shown, '(file)', 'is a folder or a special file, not a file');
  try {
    return { path: shown, bytes: readFileSync(path) };
  } catch (error) {
    throw new ContentError(shown, '(file)', `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/** `dir/articles/*.md`, `dir/events.yaml`, `dir/phases.yaml` and, if there, `dir/people.yaml` and `dir/places.yaml`. */
export function readContentDir(dir: string, cwd = process.cwd()): RawContent {
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) throw new ContentError(relative(cwd, articlesDir), '(folder)', 'is missing');
  const names = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  requireArticles(names, relative(cwd, articlesDir));
  const articles = names.map((name) => read(join(articlesDir, name), cwd));
  const people = join(dir, 'people.yaml');
  const places = join(dir, 'places.yaml');
  return {
    articles,
    events: read(join(dir, 'events.yaml'), cwd),
    phases: read(join(dir, 'phases.yaml'), cwd),
    ...(existsSync(people) ? { people: read(people, cwd) } : {}),
    ...(existsSync(places) ? { places: read(places, cwd) } : {}),
  };
}

/**
 * Reads and checks a content folder's files; a missing file is one more error. `context.now`
 * is the day of the check. The published URLs are checked above this layer
 * (`checkContentDir` in src/lib/site/site-check.ts), since they are spelled by the site.
 */
export function checkContentFolder(
  dir: string,
  cwd = process.cwd(),
  context: CheckContext = { now: new Date() },
): CheckResult {
  try {
    const stray = existsSync(dir) ? strayEntries(dir, cwd) : [];
    if (stray.length > 0) return { content: NOTHING, errors: stray };
    return checkContent(readContentDir(dir, cwd), context);
  } catch (error) {
    return failedCheck(dir, error, cwd);
  }
}

/** Whatever goes wrong in a check is still one message naming the folder, never a stack trace. */
export function failedCheck(dir: string, error: unknown, cwd = process.cwd()): CheckResult {
  const problem =
    error instanceof ContentError
      ? error
      : new ContentError(relative(cwd, dir) || dir, '(folder)', `could not be checked: ${messageOf(error)}`);
  return { content: NOTHING, errors: [problem] };
}

const NOTHING = { articles: [], events: [], phases: [], people: [], places: [] };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** The errors as an editor reads them, one a line. */
export function formatErrors(errors: readonly ContentError[]): string {
  const noun = errors.length === 1 ? 'mistake' : 'mistakes';
  return [`Content check: ${errors.length} ${noun}:`, ...errors.map((error) => `  ${error.message}`)].join('\n');
}
