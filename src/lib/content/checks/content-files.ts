/**
 * Every file in the content folder is one the site reads: nothing an editor saved is left
 * out of the site without a word.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const contentFiles: FileCheck = {
  name: 'content-files',
  rule: 'every file in the content folder is one the site reads, and every article is a file',
};

/**
 * What else may sit in `articles/`: nothing. An article saved as `.markdown`, `.MD` or
 * `.md.txt` would otherwise be left out of the site without a word. Hidden files
 * (`.DS_Store`) are an editor's, not content.
 */
export function strayEntries(dir: string, cwd: string): ContentError[] {
  const articlesDir = join(dir, 'articles');
  const named = (folder: string, name: string) => relative(cwd, join(folder, name)) || name;
  const articles = existsSync(articlesDir) ? readdirSync(articlesDir) : [];
  return [
    ...articles
      .filter((name) => !name.startsWith('.') && !name.endsWith('.md'))
      .map((name) => [named(articlesDir, name), 'is not an article: only files ending in .md belong in articles/']),
    // `people.yml` beside no `people.yaml` would leave the alias table out.
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.yml'))
      .map((name) => [named(dir, name), `is not read: the site reads "${name.replace(/\.yml$/, '.yaml')}"`]),
  ]
    .sort(([a], [b]) => a!.localeCompare(b!))
    .map(([file, problem]) => new ContentError(file!, '(file name)', problem!));
}

