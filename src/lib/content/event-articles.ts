/**
 * What the checks of an event's date share: the articles with a claim on each event, and
 * the words a `dateBasis` quotes from them.
 */
import type { CheckedArticle, CheckedContent } from './checked.ts';
import { normalizeText } from '../markdown/text-fold.ts';

/** Each event's articles (those with a claim on it), in the order they were read. */
export function articlesByEvent(content: CheckedContent): Map<string, CheckedArticle[]> {
  const articlesOf = new Map<string, CheckedArticle[]>();
  for (const article of content.articles) {
    for (const claim of article.data.claims) {
      const list = articlesOf.get(claim.event) ?? [];
      if (!list.includes(article)) list.push(article);
      articlesOf.set(claim.event, list);
    }
  }
  return articlesOf;
}

/** The words `dateBasis` quotes, in “curly” quotes: “On Saturday”, folded for comparison. */
export function quotedWords(basis: string): string[] {
  return [...basis.matchAll(/“([^”]+)”/g)].map((match) => normalizeText(match[1]!).toLowerCase());
}

/** Whether one of the article's paragraphs says these (folded) words. */
export function articleSays(article: CheckedArticle, words: string): boolean {
  return article.blocks.some((block) => normalizeText(block).toLowerCase().includes(words));
}
