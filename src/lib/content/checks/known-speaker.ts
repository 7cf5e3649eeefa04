/** Every claim's speaker is in the alias table; "the article" stands for its publisher. */
import { ContentError } from '../errors.ts';
import { indexPeople, normalizeForm, resolveSpeaker, THE_ARTICLE } from '../people.ts';
import type { ContentCheck } from './check.ts';

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
        const what =
          normalizeForm(claim.by) === THE_ARTICLE ? `its publisher "${article.data.source.publisher}"` : `"${claim.by}"`;
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).by`,
            `${what} is not in ${peopleFile}: add it as an alias`,
          ),
        ];
      }),
    );
  },
};
