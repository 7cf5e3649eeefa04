/**
 * A figure's `given` is the source's own words, so it is word for word in its claim's quote:
 * "almost 800" cannot be given for a quote that says "800". See docs/editorial.md, rule 2.
 */
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';
import type { ContentCheck } from './check.ts';

export const figureGivenInQuote: ContentCheck = {
  name: 'figure-given-in-quote',
  rule: "a figure's `given` is word for word in its claim's `quote`",
  run(content) {
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        const given = claim.figure?.given;
        if (given === undefined || normalizeText(claim.quote).includes(normalizeText(given))) return [];
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).figure.given`,
            `"${given}" is not in the claim's quote: give the figure in the quote's own words`,
          ),
        ];
      }),
    );
  },
};
