/**
 * The checked content as collection entries, and back: the loader stores these entries
 * and the pages (through `src/data/timeline.ts`) and the tests read the model from them,
 * so both take the same road from the check to the page.
 */
import { join, relative, resolve } from 'node:path';
import type { CheckedContent } from './checked.ts';
import type { Article, Event, Person, Phase } from './schema.ts';

export interface ContentEntry<T> {
  readonly id: string;
  readonly data: T;
  /** The article's markdown, after its frontmatter. */
  readonly body?: string;
  /** The file it came from, relative to the project root (Astro refuses an absolute path). */
  readonly filePath: string;
}

export interface ContentEntries {
  readonly articles: readonly ContentEntry<Article>[];
  readonly events: readonly ContentEntry<Event>[];
  readonly phases: readonly ContentEntry<Phase>[];
  readonly people: readonly ContentEntry<Person>[];
}

export type CollectionName = keyof ContentEntries;

/** Each collection's entries, in the order of their files. */
export function toEntries(content: CheckedContent, dir: string, root = process.cwd()): ContentEntries {
  const fromRoot = (path: string) => relative(root, resolve(path));
  const inFile = <T extends { id: string }>(items: readonly T[], file: string) =>
    items.map((data) => ({ id: data.id, data, filePath: fromRoot(join(dir, file)) }));
  return {
    articles: content.articles.map((article) => ({
      id: article.slug,
      data: article.data,
      body: article.body,
      filePath: fromRoot(article.file),
    })),
    events: inFile(content.events, 'events.yaml'),
    phases: inFile(content.phases, 'phases.yaml'),
    people: inFile(content.people, 'people.yaml'),
  };
}

/** The inputs of the timeline and claims models, from the stored entries. */
export function fromEntries(entries: ContentEntries) {
  return {
    articles: entries.articles.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
    events: entries.events.map((entry) => entry.data),
    phases: entries.phases.map((entry) => entry.data),
    people: entries.people.map((entry) => entry.data),
  };
}
