/**
 * The alias table: who a claim's `by` means, whichever way the article wrote it. One
 * table (`content/people.yaml`) for every speaker and every name spelled more than one way.
 */
import type { Alias, Article, Person } from './schema.ts';

/** The `by` of a reporter's own statement: it is attributed to the article's publisher. */
export const THE_ARTICLE = 'the article';

export interface Speaker {
  readonly person: Person;
  /** The form the article used, as it wrote it. */
  readonly as: string;
  /** Why the form means this entry, when that is not plain. */
  readonly note: string | undefined;
  /** Whether the attribution to this entry is an inference. */
  readonly inferred: boolean;
}

export interface PeopleIndex {
  readonly people: readonly Person[];
  byId(id: string): Person | undefined;
  /** The entry and alias for a form, compared exactly (typographic quotes folded). */
  lookup(form: string): { person: Person; alias: Alias } | undefined;
}

/** Curly and straight apostrophes are one character for matching names. */
export function normalizeForm(form: string): string {
  return form
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

export function indexPeople(people: readonly Person[]): PeopleIndex {
  const forms = new Map<string, { person: Person; alias: Alias }>();
  for (const person of people) {
    for (const alias of person.aliases) forms.set(normalizeForm(alias.form), { person, alias });
  }
  const ids = new Map(people.map((person) => [person.id, person]));
  return { people, byId: (id) => ids.get(id), lookup: (form) => forms.get(normalizeForm(form)) };
}

/**
 * Who made a claim. "the article" is the publisher, and the attribution is as sure as the
 * publisher is. Returns `undefined` when the table has no such form.
 */
export function resolveSpeaker(index: PeopleIndex, by: string, article: Pick<Article, 'source'>): Speaker | undefined {
  if (normalizeForm(by) === THE_ARTICLE) {
    const found = index.lookup(article.source.publisher);
    if (!found) return undefined;
    const probable = article.source.publisherCertainty === 'probable';
    return {
      person: found.person,
      as: by,
      note: `The article’s own statement, attributed to its publisher${probable ? ', which is itself an inference' : ''}.`,
      inferred: probable,
    };
  }
  const found = index.lookup(by);
  return found && { person: found.person, as: by, note: found.alias.note, inferred: found.alias.inferred };
}

/** A speaker for a form the table does not list: the form itself, so a page still renders. */
export function unlistedSpeaker(by: string): Speaker {
  const id =
    normalizeForm(by)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'unknown';
  return {
    person: { id, name: by, kind: 'person', aliases: [{ form: by, inferred: false, siteLabel: false }] },
    as: by,
    note: undefined,
    inferred: false,
  };
}

export interface Spelling {
  readonly alias: Alias;
  /** The slugs of the articles whose text uses this form. */
  readonly articles: readonly string[];
}

/** Which articles use which spelling of an entry's name, found in their text. */
export function spellingsInArticles(person: Person, articles: readonly { slug: string; body: string }[]): Spelling[] {
  return person.aliases.map((alias) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${formPattern(normalizeForm(alias.form))}(?![\\p{L}])`, 'u');
    return { alias, articles: articles.filter((a) => pattern.test(normalizedBody(a))).map((a) => a.slug) };
  });
}

// Each body is searched for every spelling of every person: normalised once, not once a spelling.
const normalizedBodies = new WeakMap<object, string>();

function normalizedBody(article: { body: string }): string {
  let body = normalizedBodies.get(article);
  if (body === undefined) normalizedBodies.set(article, (body = normalizeForm(article.body)));
  return body;
}

/**
 * A form as a pattern whose first letter may be either case: "the UN" is the BBC's "The UN
 * says" at the start of a sentence. The rest is exact, so "IS" never matches "is".
 */
function formPattern(form: string): string {
  const first = form.charAt(0);
  const rest = escapeRegExp(form.slice(1));
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  return upper === lower ? `${escapeRegExp(first)}${rest}` : `[${upper}${lower}]${rest}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
