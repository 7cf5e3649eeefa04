/**
 * The content check: every file parses, every field fits the schema, and the pieces fit
 * together (claims point at real events, quotes are in their bodies, ids are unique,
 * bodies carry no markup). It collects every mistake, each named by file and field.
 */
import type { z } from 'astro/zod';
import {
  article as articleSchema,
  event as eventSchema,
  person as personSchema,
  phase as phaseSchema,
} from './schema.ts';
import type { Article, Event, Person, Phase } from './schema.ts';
import { checkPeopleAndFigures } from './people-check.ts';
import { checkEventDateBasis } from './checks/event-date-basis.ts';
import { checkFigureGivenInQuote } from './checks/figure-given-in-quote.ts';
import { checkFigureValueMatchesGiven } from './checks/figure-value-matches-given.ts';
import { checkSpeakerInArticle } from './checks/speaker-in-article.ts';
import { ContentError, fieldName } from './errors.ts';
import { decodeUtf8, parseYamlText, splitFrontmatter } from './frontmatter.ts';
import { blockTexts, containsQuote, findUnsafeMarkup, parseMarkdown } from '../markdown/markdown.ts';

export interface RawFile {
  /** The path to name in messages, e.g. `content/articles/x.md`. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface RawContent {
  readonly articles: readonly RawFile[];
  readonly events: RawFile;
  readonly phases: RawFile;
  /** The alias table; without it, speakers are shown as the articles name them. */
  readonly people?: RawFile;
}

export interface CheckedArticle {
  readonly slug: string;
  readonly file: string;
  readonly data: Article;
  readonly body: string;
  /** The plain text of each paragraph-like block (not the whole tree: at 10,000
   * articles, keeping every syntax tree until the cross-check costs gigabytes). */
  readonly blocks: readonly string[];
}

export interface CheckedContent {
  readonly articles: readonly CheckedArticle[];
  readonly events: readonly Event[];
  readonly phases: readonly Phase[];
  readonly people: readonly Person[];
}

export interface CheckResult {
  readonly content: CheckedContent;
  readonly errors: readonly ContentError[];
}

/** An article body longer than this is a pasted page, not an article. */
export const MAX_BODY_CHARS = 200_000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkContent(raw: RawContent): CheckResult {
  const errors: ContentError[] = [];
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (error instanceof ContentError) {
        errors.push(error);
        return undefined;
      }
      throw error;
    }
  };

  const phases = attempt(() => readList(raw.phases, phaseSchema, errors)) ?? [];
  const events = attempt(() => readList(raw.events, eventSchema, errors)) ?? [];
  const articles = raw.articles.flatMap((file) => attempt(() => readArticle(file, errors)) ?? []);
  const peopleFile = raw.people;
  const people = peopleFile ? (attempt(() => readList(peopleFile, personSchema, errors)) ?? []) : [];

  const content = { articles, events, phases, people };
  errors.push(
    ...crossCheck(content, raw),
    ...checkPeopleAndFigures(content, peopleFile?.path),
    ...checkFigureGivenInQuote(content),
    ...checkFigureValueMatchesGiven(content),
    ...checkSpeakerInArticle(content),
    ...checkEventDateBasis(content, raw.events.path),
  );
  return { content, errors };
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix: string,
  errors: ContentError[],
): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(
      new ContentError(file, `${prefix}${fieldName(issue.path)}`.replace(/^\./, '') || '(root)', issue.message),
    );
  }
  return undefined;
}

function readList<S extends z.ZodType>(file: RawFile, schema: S, errors: ContentError[]): z.output<S>[] {
  const data = parseYamlText(decodeUtf8(file.bytes, file.path), file.path);
  if (!Array.isArray(data))
    throw new ContentError(file.path, '(root)', 'must be a YAML list (each item starting with "- ")');
  return data.flatMap((item, i) => {
    const id = typeof item === 'object' && item && 'id' in item ? ` (${String(item.id)})` : '';
    return validate(schema, item, file.path, `[${i}]${id}.`, errors) ?? [];
  });
}

function readArticle(file: RawFile, errors: ContentError[]): CheckedArticle | undefined {
  const slug = file.path.replace(/^.*\//, '').replace(/\.md$/, '');
  if (!SLUG.test(slug)) {
    throw new ContentError(
      file.path,
      '(file name)',
      'must be lower-case words joined by hyphens, ending in .md: it becomes the URL',
    );
  }
  const { data, body } = splitFrontmatter(decodeUtf8(file.bytes, file.path), file.path);
  if (body.length > MAX_BODY_CHARS) {
    throw new ContentError(
      file.path,
      'body',
      `is ${body.length.toLocaleString('en')} characters; the limit is ${MAX_BODY_CHARS.toLocaleString('en')}`,
    );
  }
  if (body.trim() === '')
    throw new ContentError(file.path, 'body', 'is empty: the article text goes after the frontmatter');
  const parsed = validate(articleSchema, data, file.path, '', errors);
  const tree = parseMarkdown(body);
  for (const unsafe of findUnsafeMarkup(tree)) {
    errors.push(new ContentError(file.path, `body${unsafe.line ? ` (line ${unsafe.line})` : ''}`, unsafe.what));
  }
  return parsed && { slug, file: file.path, data: parsed, body, blocks: blockTexts(tree) };
}

function crossCheck(content: CheckedContent, raw: RawContent): ContentError[] {
  const errors: ContentError[] = [];
  const phaseIds = new Set<string>();
  content.phases.forEach((phase, i) => {
    if (phaseIds.has(phase.id))
      errors.push(new ContentError(raw.phases.path, `[${i}].id`, `duplicate id "${phase.id}"`));
    phaseIds.add(phase.id);
  });

  const eventIds = new Set<string>();
  content.events.forEach((event, i) => {
    if (eventIds.has(event.id))
      errors.push(new ContentError(raw.events.path, `[${i}].id`, `duplicate id "${event.id}"`));
    eventIds.add(event.id);
    if (!event.id.startsWith(`${event.date}-`)) {
      errors.push(
        new ContentError(raw.events.path, `[${i}] (${event.id}).id`, `must start with its date "${event.date}-"`),
      );
    }
    if (!phaseIds.has(event.phase)) {
      errors.push(
        new ContentError(
          raw.events.path,
          `[${i}] (${event.id}).phase`,
          `no phase "${event.phase}" in ${raw.phases.path}`,
        ),
      );
    }
  });

  const claimIds = new Map<string, string>();
  const eventsWithClaims = new Set<string>();
  for (const article of content.articles) {
    const blocks = article.blocks;
    article.data.claims.forEach((claim, i) => {
      const field = `claims[${i}] (${claim.id})`;
      const seenIn = claimIds.get(claim.id);
      if (seenIn)
        errors.push(new ContentError(article.file, `${field}.id`, `duplicate claim id, already used in ${seenIn}`));
      claimIds.set(claim.id, article.file);
      if (eventIds.has(claim.event)) eventsWithClaims.add(claim.event);
      else
        errors.push(
          new ContentError(article.file, `${field}.event`, `no event "${claim.event}" in ${raw.events.path}`),
        );
      if (!containsQuote(blocks, claim.quote)) {
        errors.push(
          new ContentError(
            article.file,
            `${field}.quote`,
            'is not in the article body (it must be a passage of one paragraph, word for word)',
          ),
        );
      }
    });
  }

  content.events.forEach((event, i) => {
    if (!eventsWithClaims.has(event.id) && content.articles.length > 0) {
      errors.push(
        new ContentError(raw.events.path, `[${i}] (${event.id})`, 'no claim in any article is about this event'),
      );
    }
  });
  return errors;
}
