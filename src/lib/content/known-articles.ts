/**
 * The articles the last build's content check read and passed, kept in Astro's cache folder
 * (src/lib/content/loader.ts): an article whose file has the same path and bytes is taken as
 * read then, instead of being decoded, parsed and checked again (9.6 s of the 10.5 s check at
 * 10,000 events; the checks across entries still run on everything). What the last check
 * knew counts only if the code that reads an article is the same: its digest is made from
 * this folder, src/lib/markdown/ and the lock file of the packages they use.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedArticle, KnownArticles } from './checked.ts';

export interface SavedArticles extends KnownArticles {
  /** Forgets the saved articles this check neither read nor took as known, and every other reader's. */
  prune(): void;
}

/**
 * The articles saved in `folder` by checks whose reader was `reader`, one file each, named
 * by the article's digest in a folder of the reader's own: a rebuild reads the files of the
 * articles it looks up and writes only those it read again.
 */
export function savedArticles(folder: string, reader: string): SavedArticles {
  const own = join(folder, reader);
  const fileOf = (digest: string) => join(own, `${digest}.json`);
  const used = new Set<string>();
  return {
    get: (digest) => {
      try {
        const article = JSON.parse(readFileSync(fileOf(digest), 'utf8')) as CheckedArticle;
        used.add(digest);
        return article;
      } catch {
        return undefined;
      }
    },
    set: (digest, article) => {
      if (used.has(digest)) return;
      mkdirSync(own, { recursive: true });
      writeFileSync(fileOf(digest), JSON.stringify(article));
      used.add(digest);
    },
    prune: () => {
      mkdirSync(own, { recursive: true });
      for (const name of readdirSync(folder)) if (name !== reader) rmSync(join(folder, name), { recursive: true, force: true });
      for (const name of readdirSync(own)) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(own, name), { force: true });
    },
  };
}

/** The code an article is read with: `src/lib/content/`, `src/lib/markdown/` and `package-lock.json` under `root`. */
export const READER_SOURCES = ['src/lib/content', 'src/lib/markdown', 'package-lock.json'] as const;

/** A digest of every file of `READER_SOURCES`, by path and bytes. */
export function readerDigest(root: string): string {
  const hash = createHash('sha256');
  for (const source of READER_SOURCES) {
    const path = join(root, source);
    const files = source.endsWith('.json')
      ? ['']
      : readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(path.length))
          .sort();
    for (const file of files) hash.update(`${source}${file}\0`).update(readFileSync(path + file));
  }
  return hash.digest('base64url');
}
