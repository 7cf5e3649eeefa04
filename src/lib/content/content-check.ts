/**
 * The content check: every file is read through the file checks (encoding, characters,
 * YAML, frontmatter, fields, the article's file and body), then every check across entries
 * in `checks/` runs on what was read. It collects every mistake, each named by file and
 * field; whatever goes wrong inside one file is a mistake of that file, never a crash.
 */
import {
  article as articleSchema,
  event as eventSchema,
  person as personSchema,
  phase as phaseSchema,
  placePosition as placeSchema,
} from './schema.ts';
import { createHash } from 'node:crypto';
import type { CheckedArticle, CheckResult, EntryKind, KnownArticles, RawContent, RawFile } from './checked.ts';
import { ContentError } from './errors.ts';
import { findSiteLinks, parseMarkdown } from '../markdown/markdown.ts';
import type { Root } from 'mdast';
import { blockTexts } from '../markdown/text-blocks.ts';
import { CONTENT_CHECKS } from './checks/index.ts';
import type { CheckContext } from './checks/check.ts';
import { decodeText } from './checks/encoding.ts';
import { checkCharacters } from './checks/characters.ts';
import { parseYamlText } from './checks/yaml-syntax.ts';
import { splitFrontmatter } from './checks/frontmatter.ts';
import { validate, validateList } from './checks/fields.ts';
import { articleSlug, checkBodySize } from './checks/article-file.ts';
import { checkRawMarkdown, checkTreeDepth } from './checks/markdown-depth.ts';
import { checkMarkdownCost } from './checks/markdown-cost.ts';
import { checkBodyMarkup } from './checks/body-markup.ts';
import { requireItems } from './checks/not-empty.ts';

/** Checks the content as read; `context.now` is the day of the check (no correction may be dated after it). */
export function checkContent(raw: RawContent, context: CheckContext = { now: new Date() }): CheckResult {
  const errors: ContentError[] = [];
  const incomplete = new Set<EntryKind>();
  /** Runs the reading of one file; any error is a mistake of that file, and its kind is incomplete. */
  const attempt = <T>(file: RawFile, kind: EntryKind, run: () => T): T | undefined => {
    const before = errors.length;
    try {
      const result = run();
      if (errors.length > before) incomplete.add(kind);
      return result;
    } catch (error) {
      incomplete.add(kind);
      errors.push(
        error instanceof ContentError
          ? error
          : new ContentError(file.path, '(file)', `could not be read: ${firstLine(error)}`),
      );
      return undefined;
    }
  };
  const readList = <S extends Parameters<typeof validateList>[1]>(
    file: RawFile,
    kind: EntryKind,
    schema: S,
    required: boolean,
  ) =>
    attempt(file, kind, () => {
      const data = parseYamlText(readText(file), file.path);
      if (required && Array.isArray(data)) requireItems(data, file.path);
      return validateList(data, schema, file.path, errors);
    });

  const phases = readList(raw.phases, 'phases', phaseSchema, true) ?? [];
  const events = readList(raw.events, 'events', eventSchema, true) ?? [];
  const articles = raw.articles.flatMap(
    (file) => attempt(file, 'articles', () => knownOrRead(file, errors, context.known)) ?? [],
  );
  const people = raw.people ? (readList(raw.people, 'people', personSchema, false) ?? []) : [];

  const places = raw.places ? (readList(raw.places, 'places', placeSchema, false) ?? []) : [];

  const content = { articles, events, phases, people, places };
  const files = {
    events: raw.events.path,
    phases: raw.phases.path,
    people: raw.people?.path,
    places: raw.places?.path,
    incomplete,
  };
  for (const check of CONTENT_CHECKS) errors.push(...check.run(content, files, context));
  return { content, errors };
}

function readText(file: RawFile): string {
  const text = decodeText(file.bytes, file.path);
  checkCharacters(text, file.path);
  return text;
}

/** The digest an article is known by: its path (messages name it) and its bytes. */
export function articleDigest(file: RawFile): string {
  return createHash('sha256').update(file.path).update('\0').update(file.bytes).digest('base64url');
}

/** An article as an earlier check read it, if its file is the same; else read, and known if it passed. */
function knownOrRead(file: RawFile, errors: ContentError[], known: KnownArticles | undefined): CheckedArticle | undefined {
  if (!known) return readArticle(file, errors);
  const digest = articleDigest(file);
  const before = errors.length;
  const article = known.get(digest) ?? readArticle(file, errors);
  if (article && errors.length === before) known.set(digest, article);
  return article;
}

function readArticle(file: RawFile, errors: ContentError[]): CheckedArticle | undefined {
  const slug = articleSlug(file.path);
  const { data, body, bodyLine } = splitFrontmatter(readText(file), file.path);
  checkBodySize(body, file.path);
  const parsed = validate(articleSchema, data, file.path, '', errors);
  checkRawMarkdown(body, file.path, bodyLine);
  checkMarkdownCost(body, file.path, bodyLine);
  const tree = parseMarkdown(body);
  checkTreeDepth(tree, file.path, bodyLine);
  // (A character reference such as `&#1;` is no risk: remark reads it as U+FFFD.)
  const bodyErrors = checkBodyMarkup(tree, file.path, bodyLine);
  errors.push(...bodyErrors);
  return parsed && bodyErrors.length === 0
    ? { slug, file: file.path, data: parsed, body, blocks: blockTexts(tree), siteLinks: siteLinksOf(tree, bodyLine) }
    : undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The body's site links, each with its line in the file (the body starts on `bodyLine`). */
function siteLinksOf(tree: Root, bodyLine: number): CheckedArticle['siteLinks'] {
  return findSiteLinks(tree).map(({ url, line }) => ({ url, line: line === undefined ? undefined : line + bodyLine - 1 }));
}
