/** Every claim's speaker is in the alias table; "the article" stands for its publisher. */
import { ContentError } from '../errors.ts';
import { indexPeople, normalizeForm, resolveSpeaker, THE_ARTICLE } from '../people.ts';
import type { ContentCheck } from './check.ts';
import { slugOfPlace } from '../place-slug.ts';

/**
 * What to add for a speaker the table lacks: the form goes into the aliases of the entry it
 * names, or a new speaker gets a whole entry, whose shape the message shows (one line, as
 * people.yaml writes it in flow style).
 */
function whatToAdd(form: string, file: string): string {
  const entry = `{ id: ${slugOfPlace(form) || 'speaker-id'}, name: "…", kind: person | organisation | place, description: "…", aliases: [${JSON.stringify(form)}] }`;
  return `add it to the aliases of the entry it names, or, for a new speaker, add an entry to ${file}: - ${entry}`;
}

export const knownSpeaker: ContentCheck = {
  name: 'known-speaker',
  rule: "a claim's `by` (or, for \"the article\", its publisher) is a form in people.yaml",
  run(content, files) {
    const peopleFile = files.people;
    if (!peopleFile || files.incomplete?.has('people')) return [];
    const index = indexPeople(content.people);
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        if (resolveSpeaker(index, claim.by, article.data)) return [];
        const publisher = normalizeForm(claim.by) === THE_ARTICLE;
        const form = publisher ? article.data.source.publisher : claim.by;
        const what = publisher ? `its publisher "${form}"` : `"${form}"`;
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).by`,
            `${what} is not in ${peopleFile}: ${whatToAdd(form, peopleFile)}`,
          ),
        ];
      }),
    );
  },
};
