/**
 * A claim's id is printed as its anchor and its page's address, so it says no more than the
 * claim: each of its words occurs in the quote, the paraphrase or the speaker's names (as a
 * word, or by its first four letters: `kurds` for "Kurdish"); "no" is also "not". See docs/editorial.md, rule 2.
 */
import type { Person } from '../schema.ts';
import { ContentError } from '../errors.ts';
import { indexPeople, normalizeForm, resolveSpeaker } from '../people.ts';
import type { ContentCheck } from './check.ts';

/** Words an id may carry that add nothing: articles and prepositions. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'from', 'with', 'as', 'be']);

/** How many letters of a word must agree for it to count as the same word ("kurds", "Kurdish"). */
const STEM = 4;

function wordsOf(text: string): string[] {
  return normalizeForm(text)
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function occurs(word: string, words: ReadonlySet<string>): boolean {
  if (words.has(word) || words.has(`${word}s`) || (word === 'no' && words.has('not'))) return true;
  const stem = word.slice(0, Math.min(word.length, STEM));
  return word.length >= STEM && [...words].some((w) => w.startsWith(stem));
}

export const claimIdWords: ContentCheck = {
  name: 'claim-id-words',
  rule: "every word of a claim's id occurs in its quote, its paraphrase or its speaker's names",
  run(content) {
    const index = indexPeople(content.people);
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        const speaker: Person | undefined = resolveSpeaker(index, claim.by, article.data)?.person;
        const names = [claim.by, ...(speaker ? [speaker.id, speaker.name, ...speaker.aliases.map((a) => a.form)] : [])];
        const words = new Set(wordsOf([claim.quote, claim.says, ...names].join(' ')));
        const missing = claim.id.split('-').filter((word) => !FILLER.has(word) && !occurs(word, words));
        if (missing.length === 0) return [];
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).id`,
            `says ${missing.map((w) => `"${w}"`).join(', ')}, which its quote and paraphrase do not: an id says no more than its claim`,
          ),
        ];
      }),
    );
  },
};
