/** An article's body as HTML, with each claim's quote marked and linked to its claim. */
import type { ArticleView } from '../model/timeline.ts';
import { renderArticleHtml } from '../markdown/markdown.ts';
import { anchors, type Links } from '../site/urls.ts';
import { MadeLater } from './made-later.ts';

/** Made when the page reads it; a cache key digests the markdown and the marks (made-later.ts). */
export function articleBodyHtml(article: ArticleView, links: Links): MadeLater<string> {
  const marks = article.claims.map((claim) => ({
    id: anchors.quote(claim.id),
    quote: claim.quote,
    href: links.claim(claim.event, claim.id),
    label: `Claim by ${claim.by}: ${claim.says}`,
  }));
  const base = links.href();
  return new MadeLater([article.body, marks, base], () => renderArticleHtml(article.body, marks, links.href));
}
