/**
 * What a page says about itself to search engines, feed readers and link previews:
 * canonical URL, description, Open Graph and Twitter/X card. Every URL is absolute,
 * under the configured site and base.
 * @see https://ogp.me/ · https://developer.x.com/en/docs/x-for-websites/cards/overview/summary-card-with-large-image
 */
import type { SiteConfig } from './site.ts';
import { paths, type Links } from './urls.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-image.ts';

export interface PagePreview {
  /**
   * `article` for an article page only. An event page is not an article published on the
   * event's day: it is a page of this site, so `website`, with no publication time.
   */
  readonly type: 'website' | 'article';
  /** The article's publication date, as precise as known (ISO 8601). */
  readonly published?: string | undefined;
  /** The preview image, a path under the base, and what it shows. */
  readonly image: { readonly path: string; readonly alt: string };
}

export interface HeadMeta {
  readonly title: string;
  /** Absent on a page with no address of its own (the 404 page, served at any missing URL). */
  readonly canonical: string | undefined;
  readonly description: string;
  readonly feed: string;
  /** `<meta property=…>` (Open Graph) and `<meta name=…>` (Twitter) pairs, in order. */
  readonly properties: readonly (readonly [string, string])[];
  readonly names: readonly (readonly [string, string])[];
}

/**
 * How much of a title and a description link previews show: Facebook's and LinkedIn's
 * cards cut an `og:title` near 95 characters and an `og:description` near 300 (issue 34
 * measured the scrapers). The page's `<title>` and text keep every word.
 */
export const PREVIEW_TITLE_MAX = 95;
export const PREVIEW_DESCRIPTION_MAX = 300;

/** `text` cut at the last word that fits in `max` characters with its ellipsis, or as it is if it fits. */
export function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const space = head.search(/\s\S*$/);
  const cut = space > 0 ? head.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export function sitePreview(site: SiteConfig): PagePreview {
  return {
    type: 'website',
    image: { path: paths.siteImage(), alt: `${site.title}: a timeline of events, claim by claim.` },
  };
}

export function headMeta(
  page: {
    title?: string | undefined;
    description?: string | undefined;
    path?: string | undefined;
    preview?: PagePreview | undefined;
  },
  site: SiteConfig,
  links: Links,
): HeadMeta {
  const title = page.title ?? site.title;
  const description = page.description ?? site.description;
  const preview = page.preview ?? sitePreview(site);
  const url = page.path === undefined ? undefined : links.absolute(page.path);
  const image = links.absolute(preview.image.path);
  const cardTitle = cutAtWord(title, PREVIEW_TITLE_MAX);
  const cardDescription = cutAtWord(description, PREVIEW_DESCRIPTION_MAX);
  const properties: [string, string][] = [
    ['og:site_name', site.title],
    ['og:title', cardTitle],
    ['og:description', cardDescription],
    ...(url ? [['og:url', url] as [string, string]] : []),
    ['og:type', preview.type],
    ['og:image', image],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(PREVIEW_WIDTH)],
    ['og:image:height', String(PREVIEW_HEIGHT)],
    ['og:image:alt', preview.image.alt],
  ];
  if (preview.type === 'article' && preview.published) properties.push(['article:published_time', preview.published]);
  const names: [string, string][] = [
    // A page without an address of its own, or of a build for this machine, is not one to list in search results.
    ...(url && !site.local ? [] : [['robots', 'noindex'] as [string, string]]),
    ['twitter:card', 'summary_large_image'],
    ['twitter:title', cardTitle],
    ['twitter:description', cardDescription],
    ['twitter:image', image],
    ['twitter:image:alt', preview.image.alt],
  ];
  return { title, canonical: url, description, feed: links.feed(), properties, names };
}
