/**
 * An article body is markdown text only: no raw HTML, no image, no link a browser could run.
 * A link to the site itself names a page the content makes (and a `#claim-…` anchor a claim
 * of that page): that part needs the site's URLs, so `checkBodyLinks` in
 * src/lib/site/permalinks.ts makes it, once the content is sound.
 */
import type { Root } from 'mdast';
import { findUnsafeMarkup } from '../../markdown/markdown.ts';
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const bodyMarkup: FileCheck = {
  name: 'body-markup',
  rule: 'a body has no raw HTML, no image, and links only to http(s), mailto and pages the site makes',
};

/** `bodyLine` is the line of the file on which the body starts: messages give the file's line. */
export function checkBodyMarkup(tree: Root, file: string, bodyLine = 1): ContentError[] {
  return findUnsafeMarkup(tree).map(
    (unsafe) =>
      new ContentError(file, `body${unsafe.line ? ` (line ${unsafe.line + bodyLine - 1})` : ''}`, unsafe.what),
  );
}
