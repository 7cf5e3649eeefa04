/**
 * What one article alone reports is attributed in the site's voice: an event with one
 * reporting article names that article's publisher in its title or summary (with
 * "probably" or "attributed" where the publisher is an inference), or says in
 * `notAttributed` why not. See docs/editorial.md, rule 1.
 */
import type { CheckedArticle } from '../checked.ts';
import { ContentError } from '../errors.ts';
import { indexPeople, normalizeForm } from '../people.ts';
import type { ContentCheck } from './check.ts';

const HEDGE = /\b(probabl[a-z]*|attributed)\b/i;

export const singleSourceAttributed: ContentCheck = {
  name: 'single-source-attributed',
  rule: 'an event one article reports names its publisher in the title or summary, or says why not in `notAttributed`',
  run(content, files) {
    if (files.incomplete?.has('articles') || files.incomplete?.has('people')) return [];
    const index = indexPeople(content.people);
    const reporting = new Map<string, CheckedArticle[]>();
    for (const article of content.articles) {
      for (const claim of article.data.claims) {
        if (!claim.reports) continue;
        const list = reporting.get(claim.event) ?? [];
        if (!list.includes(article)) list.push(article);
        reporting.set(claim.event, list);
      }
    }
    return content.events.flatMap((event, i) => {
      const articles = reporting.get(event.id) ?? [];
      if (articles.length !== 1 || event.notAttributed) return [];
      const source = articles[0]!.data.source;
      const entry = index.lookup(source.publisher)?.person;
      const names = [source.publisher, ...(entry?.aliases.map((alias) => alias.form) ?? [])].map((name) =>
        normalizeForm(name).toLowerCase(),
      );
      const text = normalizeForm(`${event.title} ${event.summary}`).toLowerCase();
      const named = names.some((name) => new RegExp(`(^|[^\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').test(text));
      const hedged = source.publisherCertainty !== 'probable' || HEDGE.test(text);
      if (named && hedged) return [];
      return [
        new ContentError(
          files.events,
          `[${i}] (${event.id}).summary`,
          named
            ? `names "${source.publisher}", its only source, as certain: the attribution is an inference, so say "probably" or "attributed"`
            : `one article reports this event: name its publisher ("${source.publisher}") in the title or summary, or say why not in notAttributed`,
        ),
      ];
    });
  },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
