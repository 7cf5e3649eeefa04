/**
 * What the content check reads and what it hands on: raw files in, checked entries out.
 * The checks in `checks/` and the loaders share these shapes, so none imports another.
 */
import type { Article, Event, Person, Phase, PlacePosition } from './schema.ts';
import type { ContentError } from './errors.ts';

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
  /** The positions of places for the locator map; without it, no map is drawn. */
  readonly places?: RawFile;
}

export interface CheckedArticle {
  readonly slug: string;
  readonly file: string;
  readonly data: Article;
  readonly body: string;
  /** The plain text of each paragraph-like block (not the whole tree: at 10,000
   * articles, keeping every syntax tree until the cross-check costs gigabytes). */
  readonly blocks: readonly string[];
  /** Its links to the site's own pages (`/events/x/`), each with its line in the file. */
  readonly siteLinks: readonly { readonly url: string; readonly line: number | undefined }[];
}

/**
 * Articles read and passed by an earlier check, each under a digest of its path and bytes:
 * a file that has not changed is not read again (src/lib/content/known-articles.ts).
 */
export interface KnownArticles {
  get(digest: string): CheckedArticle | undefined;
  set(digest: string, article: CheckedArticle): void;
}

export interface CheckedContent {
  readonly articles: readonly CheckedArticle[];
  readonly events: readonly Event[];
  readonly phases: readonly Phase[];
  readonly people: readonly Person[];
  readonly places: readonly PlacePosition[];
}

export interface CheckResult {
  readonly content: CheckedContent;
  readonly errors: readonly ContentError[];
}

/** The data files messages name; `people` is undefined where the folder has no alias table. */
export interface ContentFiles {
  readonly events: string;
  readonly phases: string;
  readonly people: string | undefined;
  /** Undefined where the folder has no `places.yaml`. */
  readonly places?: string | undefined;
  /**
   * The kinds of entry of which some could not be read: a check that refers to them says
   * nothing, so that one fault gives one message (a YAML error in `events.yaml` is not
   * followed by "no event …" for every claim).
   */
  readonly incomplete?: ReadonlySet<EntryKind>;
}

export type EntryKind = 'articles' | 'events' | 'phases' | 'people' | 'places';
