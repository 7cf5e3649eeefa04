/**
 * A figure's `given` is the source's own words, so it is word for word in its claim's quote:
 * "almost 800" cannot be given for a quote that says "800". See docs/editorial.md, rule 2.
 */
import type { CheckedContent } from '../content-check.ts';
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';

export function checkFigureGivenInQuote(content: CheckedContent): ContentError[] {
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
}
