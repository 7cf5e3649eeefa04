/**
 * What a search result is, as the reader counts it: an event, a claim, an article, a person.
 * Each indexed page carries its kind as a Pagefind filter (so the search page counts the
 * results by kind without loading each one) and, with its date, as Pagefind meta (shown on
 * the result). Declared once: the pages' attributes and the search page's words come from here.
 * @see https://pagefind.app/docs/filtering/
 */
export const SEARCH_KINDS = {
  event: { one: 'event', many: 'events' },
  claim: { one: 'claim', many: 'claims' },
  article: { one: 'article', many: 'articles' },
  person: { one: 'person', many: 'people' },
  organisation: { one: 'organisation', many: 'organisations' },
  place: { one: 'place', many: 'places' },
  figures: { one: 'table of figures', many: 'tables of figures' },
  page: { one: 'other page', many: 'other pages' },
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

/** A page's kind and, where it has one, its date in words: "13 October 2019". */
export interface SearchMeta {
  readonly kind: SearchKind;
  readonly date?: string | undefined;
}

/**
 * The page's `data-pagefind-filter` and `data-pagefind-meta` values. An attribute holds one
 * `key:value` (the value runs to its end), so the date has an element of its own.
 */
export function searchAttributes(meta: SearchMeta = { kind: 'page' }): {
  filter: string;
  kind: string;
  date: string | undefined;
} {
  return {
    filter: `kind:${meta.kind}`,
    kind: `kind:${meta.kind}`,
    date: meta.date && `date:${meta.date}`,
  };
}
