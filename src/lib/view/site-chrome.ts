/**
 * What every page has around its content: the header's name and navigation, the footer's
 * account of the sources with the feed and the data exports, and the line that puts the
 * site's name and the page's address on paper. Built once per page by the layout.
 */
import type { SiteConfig } from '../site/site.ts';
import type { Links } from '../site/urls.ts';

export type NavKey = 'timeline' | 'claims' | 'articles' | 'about' | 'search';

export interface NavItem {
  readonly key: NavKey;
  readonly label: string;
  readonly href: string;
  readonly current: boolean;
}

export interface SiteChrome {
  readonly name: string;
  readonly home: string;
  readonly nav: readonly NavItem[];
  readonly searchAction: string;
  /** "Built from 5 news articles published between December 2018 and October 2019." */
  readonly sources: string;
  readonly about: string;
  /** The public record of corrections. */
  readonly corrections: string;
  /** The standards and methods page. */
  readonly standards: string;
  readonly feed: string;
  readonly data: readonly { readonly label: string; readonly href: string }[];
  /** The site's title and the page's address, printed at the head of every page on paper. */
  readonly print: { readonly title: string; readonly address: string | undefined };
  /** On a build for this machine only: what the notice at the top of every page says. */
  readonly localNotice: string | undefined;
}

export interface ChromeInput {
  readonly site: SiteConfig;
  readonly links: Links;
  readonly current: NavKey | undefined;
  /** The page's path under the base; none for the 404 page, which has no address of its own. */
  readonly path: string | undefined;
}

type SharedChrome = Omit<SiteChrome, 'print'>;

/**
 * What every page with the same current item shows alike, made once for each: at 10,000
 * events the build holds some 76,000 pages' frames until it ends, and they share these
 * objects instead of holding a copy each.
 */
const shared = new WeakMap<SiteConfig, WeakMap<Links, Map<NavKey | undefined, SharedChrome>>>();

function sharedChrome(site: SiteConfig, links: Links, current: NavKey | undefined): SharedChrome {
  let bySite = shared.get(site);
  if (!bySite) shared.set(site, (bySite = new WeakMap()));
  let byLinks = bySite.get(links);
  if (!byLinks) bySite.set(links, (byLinks = new Map()));
  let chrome = byLinks.get(current);
  if (!chrome) byLinks.set(current, (chrome = chromeOf(site, links, current)));
  return chrome;
}

function chromeOf(site: SiteConfig, links: Links, current: NavKey | undefined): SharedChrome {
  const nav: Omit<NavItem, 'current'>[] = [
    { key: 'timeline', label: 'Timeline', href: links.home() },
    { key: 'claims', label: 'Claims', href: links.claims() },
    { key: 'articles', label: 'Articles', href: links.articles() },
    { key: 'about', label: 'About', href: links.about() },
    { key: 'search', label: 'Search', href: links.search() },
  ];
  return {
    name: site.shortTitle,
    home: links.home(),
    nav: nav.map((item) => ({ ...item, current: item.key === current })),
    searchAction: links.search(),
    sources: `Built from ${site.sources}.`,
    about: links.about(),
    corrections: links.corrections(),
    standards: links.standards(),
    feed: links.feed(),
    data: [
      { label: 'events (JSON)', href: links.data('events.json') },
      { label: 'claims (JSON)', href: links.data('claims.json') },
      { label: 'figures (CSV)', href: links.data('figures.csv') },
      { label: 'their JSON Schema', href: links.data('schema-v1.json') },
    ],
    localNotice: site.local
      ? `A build for this machine (${site.url}), not the published site: links, embeds and previews point here.`
      : undefined,
  };
}

export function siteChrome({ site, links, current, path }: ChromeInput): SiteChrome {
  return {
    ...sharedChrome(site, links, current),
    print: { title: site.title, address: path === undefined ? undefined : links.absolute(path) },
  };
}
