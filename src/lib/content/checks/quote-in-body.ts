/** A claim's quote is a passage of one paragraph of its article, word for word. */
import { containsQuote } from '../../markdown/text-blocks.ts';
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const quoteInBody: ContentCheck = {
  name: 'quote-in-body',
  rule: "a claim's quote is a passage of one paragraph of its article's body",
  run(content) {
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) =>
        containsQuote(article.blocks, claim.quote)
          ? []
          : [
              new ContentError(
                article.file,
                `claims[${i}] (${claim.id}).quote`,
                'is not in the article body (it must be a passage of one paragraph, word for word)',
              ),
            ],
      ),
    );
  },
};
