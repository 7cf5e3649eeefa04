/**
 * The collections' loader (Astro's Content Loader API): it runs the content check once for
 * all collections and stores the entries the check read and passed, each with a digest.
 * Bad content fails the sync, and so `astro build`, with every mistake named by file and
 * field; no collection is filled by another parser or left silently empty.
 * @see node_modules/astro/dist/content/loaders/types.d.ts
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckedContent, CheckResult, KnownArticles } from './checked.ts';
import { readerDigest, savedArticles, type SavedArticles } from './known-articles.ts';
import { toEntries, type CollectionName, type ContentEntry } from './collections.ts';
import { formatErrors } from './load.ts';

/**
 * The whole check of a folder, permalinks included (`checkContentDir` in
 * src/lib/site/site-check.ts), taking as read the articles it is told are known.
 */
export type FolderCheck = (dir: string, known?: KnownArticles) => CheckResult;

/** Where in Astro's cache folder the articles the last check read are saved. */
const KNOWN_ARTICLES = 'content-check';

/** The content check's verdict, kept while no file of the folder changes. */
let last: { key: string; content?: CheckedContent; failure?: Error } | undefined;

/** Every file's path, size and time: the collections share one check until one changes. */
function fingerprint(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return files
    .map((file) => {
      const stat = statSync(join(dir, file), { throwIfNoEntry: false });
      return `${file}\0${stat?.size}\0${stat?.mtimeMs}`;
    })
    .join('\n');
}

/**
 * The checked content of `dir`, or the error naming every mistake in it. `known` gives what an
 * earlier build's check read and passed (src/lib/content/known-articles.ts): what this
 * check read is saved to it, and what it no longer has forgotten.
 */
export function checkedContent(dir: string, check: FolderCheck, known?: () => SavedArticles): CheckedContent {
  const key = fingerprint(dir);
  if (last?.key !== key) {
    const saved = known?.();
    const { content, errors } = check(dir, saved);
    saved?.prune();
    last = errors.length === 0 ? { key, content } : { key, failure: contentFailure(formatErrors(errors)) };
  }
  if (last.failure) throw last.failure;
  return last.content!;
}

/** The check's verdict as the build reports it: the mistakes, without a stack trace of the check itself. */
function contentFailure(message: string): Error {
  const failure = new Error(message);
  failure.stack = '';
  return failure;
}

export function checkedContentLoader(collection: CollectionName, dir: string, check: FolderCheck): Loader {
  let watching = false;
  const fill = ({ store, generateDigest, config }: LoaderContext): void => {
    const root = fileURLToPath(config.root);
    // Made only when the check runs: the collections share one check.
    const known = () => savedArticles(join(fileURLToPath(config.cacheDir), KNOWN_ARTICLES), readerDigest(root));
    const checked = checkedContent(dir, check, known);
    const entries: readonly ContentEntry<Record<string, unknown>>[] = toEntries(checked, dir, root)[collection];
    store.clear();
    for (const entry of entries) store.set({ ...entry, digest: generateDigest({ data: entry.data, body: entry.body ?? '' }) });
  };
  const load = async (context: LoaderContext): Promise<void> => {
    fill(context);
    const { watcher, logger } = context;
    if (!watcher || watching) return;
    // `astro dev`: a change anywhere in the folder is checked again and reloads the collection.
    watching = true;
    const root = resolve(dir) + sep;
    watcher.add(dir);
    watcher.on('all', (_event, path) => {
      if (!resolve(path).startsWith(root)) return;
      try {
        fill(context);
      } catch (error) {
        logger.error((error as Error).message);
      }
    });
  };
  return { name: 'checked-content', load };
}
