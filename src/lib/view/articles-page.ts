/**
 * `/articles/`: every article, oldest first, with its publisher, date and what it gives the
 * timeline. Where they are too many for one page, split by publication date the one way the
 * site splits lists (`split.ts`): `/articles/<year>/`, `/articles/<year>/<month>/`.
 */
import type { ArticleView } from '../model/timeline.ts';
import type { PartialDate } from '../content/dates.ts';
import { articlesCount, plural } from '../model/labels.ts';
import { paths, type Links } from '../site/urls.ts';
import { isSplit, listParts, PAGE_LIMITS, partPath, splitList } from './split.ts';
import { splitNav, type SplitNavView } from './split-nav.ts';
import { periodOf } from './timeline-split.ts';

export interface ArticleEntryView {
  readonly title: string;
  readonly href: string;
  readonly publisher: string;
  readonly published: PartialDate;
  readonly certainty: ArticleView['publishedCertainty'];
  /** "3 claims about 2 events". */
  readonly gives: string;
}

export interface ArticlesPageView {
  readonly path: string;
  /** After `/articles/`, a period's segments where the list is split; `undefined` on its first page. */
  readonly rest: string | undefined;
  readonly title: string;
  readonly description: string;
  readonly lede: string;
  readonly articles: readonly ArticleEntryView[];
  readonly split: SplitNavView | undefined;
}

export function buildArticlesPages(articles: readonly ArticleView[], links: Links): ArticlesPageView[] {
  const path = paths.articles();
  const root = splitList('The articles', articles, {
    period: (article) => periodOf(article.published),
    limit: PAGE_LIMITS.entries,
  });
  const navs = splitNav({ root, listPath: path, href: links.href, countLabel: (n) => plural(n, 'article') });
  const entries = (items: readonly ArticleView[]) =>
    items.map((article) => ({
      title: article.title,
      href: links.article(article.slug),
      publisher: article.publisher,
      published: article.published,
      certainty: article.publishedCertainty,
      gives: `${plural(article.claims.length, 'claim')} about ${plural(article.events.length, 'event')}`,
    }));
  const first: ArticlesPageView = {
    path,
    rest: undefined,
    title: 'The articles',
    description: `The ${articlesCount(articles.length)} the timeline is built from, with what is known of where each comes from.`,
    lede: `The timeline is built from these ${articles.length} articles, oldest first. Each page gives the full text, what is known of its origin, and every claim recorded from it.`,
    articles: entries(root.items),
    split: isSplit(root) ? navs.get('') : undefined,
  };
  const periods = listParts(root)
    .filter((part) => part.segments.length > 0)
    .map((part): ArticlesPageView => ({
      ...first,
      path: partPath(path, part.segments),
      rest: part.segments.join('/'),
      title: `The articles, ${part.label}`,
      description: `The articles of ${part.label} the timeline is built from: ${plural(part.count, 'article')}.`,
      lede: `${plural(part.count, 'article')} published in ${part.label}, oldest first.`,
      articles: entries(part.items),
      split: navs.get(part.segments.join('/')),
    }));
  return [first, ...periods];
}
