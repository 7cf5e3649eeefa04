/**
 * A claim's speaker is named as its article names them: `by` occurs in the article's body
 * ("Kurdish authorities", not a name the site worked out). "the article" is the reporter's
 * own voice. See docs/editorial.md, rule 7.
 */
import type { CheckedContent } from '../content-check.ts';
import { ContentError } from '../errors.ts';
import { normalizeText } from '../../markdown/text-fold.ts';

const THE_ARTICLE = 'the article';

export function checkSpeakerInArticle(content: CheckedContent): ContentError[] {
  return content.articles.flatMap((article) => {
    const body = article.blocks.map((block) => normalizeText(block).toLowerCase());
    return article.data.claims.flatMap((claim, i) => {
      const by = normalizeText(claim.by).toLowerCase();
      if (by === THE_ARTICLE || body.some((block) => block.includes(by))) return [];
      return [
        new ContentError(
          article.file,
          `claims[${i}] (${claim.id}).by`,
          `"${claim.by}" is not in the article's text: name the speaker as the article does`,
        ),
      ];
    });
  });
}
