/**
 * A claim's speaker is named as its article names them: `by` occurs in the article's body
 * ("Kurdish authorities", not a name the site worked out). "the article" is the reporter's
 * own voice. See docs/editorial.md, rule 7.
 */
import { ContentError } from '../errors.ts';
import { normalizeForm, THE_ARTICLE } from '../people.ts';
import { normalizeText } from '../../markdown/text-fold.ts';
import type { ContentCheck } from './check.ts';

export const speakerInArticle: ContentCheck = {
  name: 'speaker-in-article',
  rule: "a claim's `by`, unless it is \"the article\", occurs in its article's body",
  run(content) {
    return content.articles.flatMap((article) => {
      const body = article.blocks.map((block) => normalizeText(block).toLowerCase());
      return article.data.claims.flatMap((claim, i) => {
        if (normalizeForm(claim.by) === THE_ARTICLE) return [];
        const by = normalizeText(claim.by).toLowerCase();
        if (body.some((block) => block.includes(by))) return [];
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).by`,
            `"${claim.by}" is not in the article's text: name the speaker as the article does`,
          ),
        ];
      });
    });
  },
};
