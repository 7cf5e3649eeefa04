/** An article's body as HTML, with each claim's quote marked and linked to its claim. */
import type { ArticleView } from '../model/timeline.ts';
import { renderArticleHtml } from '../markdown/markdown.ts';
import { anchors, type Links } from '../site/urls.ts';

export function articleBodyHtml(article: ArticleView, links: Links): string {
  return renderArticleHtml(
    article.body,
    article.claims.map((claim) => ({
      id: anchors.quote(claim.id),
      quote: claim.quote,
      href: links.claim(claim.event, claim.id),
      label: `Claim by ${claim.by}: ${claim.says}`,
    })),
  );
}
