/** An article's file name is its URL slug, and its body is an article: not empty, not a pasted page. */
import { ContentError } from '../errors.ts';
import { SLUG_PATTERN } from '../schema.ts';
import type { FileCheck } from './check.ts';

export const articleFile: FileCheck = {
  name: 'article-file',
  rule: "an article's file name is a slug, and its body is neither empty nor longer than the limit",
};

import { MAX_BODY_CHARS } from '../limits.ts';

export { MAX_BODY_CHARS };

/** The article's slug, from its file name `content/articles/<slug>.md`. */
export function articleSlug(file: string): string {
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    throw new ContentError(
      file,
      '(file name)',
      'must be lower-case words joined by hyphens, ending in .md: it becomes the URL',
    );
  }
  return slug;
}

export function checkBodySize(body: string, file: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw new ContentError(
      file,
      'body',
      `is ${body.length.toLocaleString('en')} characters; the limit is ${MAX_BODY_CHARS.toLocaleString('en')}`,
    );
  }
  if (body.trim() === '')
    throw new ContentError(file, 'body', 'is empty: the article text goes after the frontmatter');
}
