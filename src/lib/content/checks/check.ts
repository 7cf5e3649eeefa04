/**
 * The shape of a content check. Each check is one file in this folder with one rule, and
 * its bad-content fixtures sit in `tests/fixtures/bad-content/<name>/`, one file per
 * mistake, each with the message it must produce.
 */
import type { CheckedContent, ContentFiles, KnownArticles } from '../checked.ts';
import type { ContentError } from '../errors.ts';

export interface CheckInfo {
  /** The folder of its fixtures, and how it is named in this folder. */
  readonly name: string;
  /** What the check makes sure of, in one sentence. */
  readonly rule: string;
}

/** A check of a file while it is read: it throws a `ContentError` for what stops the reading. */
export type FileCheck = CheckInfo;

/** What a check may need besides the content: the day it runs on, given so that it tests. */
export interface CheckContext {
  readonly now: Date;
  /** Articles an earlier check read and passed, by a digest of their file (src/lib/content/known-articles.ts). */
  readonly known?: KnownArticles | undefined;
  /**
   * The guard files the folder must hold (src/lib/site/required-files.ts): all of them for
   * the site's own content, none for a fixture or a benchmark (`CONTENT_DIR`).
   */
  readonly required?: readonly string[] | undefined;
}

/** A check across the entries that were read: every mistake it finds, each named by file and field. */
export interface ContentCheck extends CheckInfo {
  run(content: CheckedContent, files: ContentFiles, context: CheckContext): ContentError[];
}
