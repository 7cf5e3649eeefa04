/**
 * An id names one thing: phases, events and people are unique in their files, claims
 * across all articles. The one duplicate-id rule for every kind of entry.
 */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

interface Keyed {
  readonly id: string;
  readonly file: string;
  /** The field to name for this occurrence: `[2].id`, `claims[0] (x).id`. */
  readonly field: string;
}

/** One error for each occurrence of an id after its first, saying where it was seen before. */
export function duplicateIds(items: Iterable<Keyed>, problem: (item: Keyed, before: Keyed) => string): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, Keyed>();
  for (const item of items) {
    const before = seen.get(item.id);
    if (before) errors.push(new ContentError(item.file, item.field, problem(item, before)));
    seen.set(item.id, item);
  }
  return errors;
}

const inFile = (item: Keyed) => `duplicate id "${item.id}"`;

export const uniqueIds: ContentCheck = {
  name: 'unique-ids',
  rule: 'phase, event and person ids are unique in their files, claim ids across all articles',
  run(content, files) {
    const list = (items: readonly { id: string }[], file: string, field: (i: number, id: string) => string) =>
      items.map((item, i) => ({ id: item.id, file, field: field(i, item.id) }));
    return [
      ...duplicateIds(
        list(content.phases, files.phases, (i) => `[${i}].id`),
        inFile,
      ),
      ...duplicateIds(
        list(content.events, files.events, (i) => `[${i}].id`),
        inFile,
      ),
      ...duplicateIds(
        content.articles.flatMap((article) =>
          article.data.claims.map((claim, i) => ({
            id: claim.id,
            file: article.file,
            field: `claims[${i}] (${claim.id}).id`,
          })),
        ),
        (_, before) => `duplicate claim id, already used in ${before.file}`,
      ),
      ...(files.people
        ? duplicateIds(
            list(content.people, files.people, (i, id) => `[${i}] (${id}).id`),
            inFile,
          )
        : []),
    ];
  },
};
