/**
 * A figure's `given` is the source's own words, so it is word for word in its claim's quote:
 * "almost 800" cannot be given for a quote that says "800". It is there as a whole phrase,
 * not a piece of a longer number ("2,00" of "2,000"), and it keeps the hedge the quote puts
 * before it ("10 armored" where the quote says "about 10 armored" drops the "about").
 * See docs/editorial.md, rule 2.
 */
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';
import type { ContentCheck } from './check.ts';
import { HEDGE_WORDS } from './figure-value-matches-given.ts';

/** A character that continues a number or a word across the edge of `given`. */
const JOINS = /[\p{L}\p{N}]/u;

/** Whether the phrase at `start`..`end` of `text` is cut out of a longer number or word. */
function isPartOfLonger(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if ((JOINS.test(before) && JOINS.test(first)) || (JOINS.test(after) && JOINS.test(last))) return true;
  // "2,00" of "2,000" or "1.5" of "1.55": a comma or point joined to digits on both sides.
  if (/[,.]/.test(before) && /\d/.test(text[start - 2] ?? '') && /\d/.test(first)) return true;
  if (/[,.]/.test(after) && /\d/.test(text[end + 1] ?? '') && /\d/.test(last)) return true;
  return false;
}

/** The hedge word the quote puts right before `start`, if any. */
function hedgeBefore(text: string, start: number): string | undefined {
  const match = new RegExp(`\\b(${HEDGE_WORDS.join('|')}) $`, 'i').exec(text.slice(0, start));
  return match?.[1];
}

/** Why `given` does not stand in `quote` as the quote's own figure, or undefined when it does. */
function givenProblem(quote: string, given: string): string | undefined {
  const text = normalizeText(quote);
  const phrase = normalizeText(given);
  let found = false;
  let hedge: string | undefined;
  for (let start = text.indexOf(phrase); start >= 0 && phrase !== ''; start = text.indexOf(phrase, start + 1)) {
    found = true;
    if (isPartOfLonger(text, start, start + phrase.length)) continue;
    hedge = hedgeBefore(text, start);
    if (hedge === undefined) return undefined;
  }
  if (!found) return "is not in the claim's quote: give the figure in the quote's own words";
  if (hedge === undefined) return "is only part of a longer number or word in the claim's quote: give the whole figure";
  return `follows "${hedge}" in the claim's quote: include the hedge in \`given\``;
}

export const figureGivenInQuote: ContentCheck = {
  name: 'figure-given-in-quote',
  rule: "a figure's `given` is word for word in its claim's `quote`, as a whole phrase with its hedge",
  run(content) {
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        const given = claim.figure?.given;
        const problem = given === undefined ? undefined : givenProblem(claim.quote, given);
        if (problem === undefined) return [];
        return [new ContentError(article.file, `claims[${i}] (${claim.id}).figure.given`, `"${given}" ${problem}`)];
      }),
    );
  },
};
