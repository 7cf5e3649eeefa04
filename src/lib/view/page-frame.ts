/**
 * What a page has around its own content, as one view model the route hands its layout:
 * the `<head>` (title, description, canonical URL, link previews, feed), the header and
 * footer (`site-chrome.ts`), and for an embed the line back to the full page. The layouts
 * read nothing else, so a page's props are all it shows.
 */
import type { SiteConfig } from '../site/site.ts';
import type { Links } from '../site/urls.ts';
import { headMeta, type HeadMeta, type PagePreview } from '../site/page-meta.ts';
import { canonicalHref, iframeSnippet, type EmbedTarget } from '../site/embeds.ts';
import { siteChrome, type NavKey, type SiteChrome } from './site-chrome.ts';
import { searchAttributes, type SearchMeta } from '../site/search-kinds.ts';
import { NO_SETTINGS } from '../content/site-settings.ts';
import { pageNode } from '../site/jsonld-publisher.ts';
import { trustView, type PageCorrections, type TrustContext, type TrustView } from './trust.ts';

export interface FrameInput {
  /** The page's own title; the site's name is added after it in `<title>`. */
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  /** The page's path under the base, for its canonical URL: `events/x/`; none for the 404 page. */
  readonly path?: string | undefined;
  /** Which navigation item is the current page. */
  readonly current?: NavKey | undefined;
  /** Link-preview details: type, date, image; the site's own where absent. */
  readonly preview?: PagePreview | undefined;
  /** What a search result says the page is, and its date; "other page" where absent. */
  readonly search?: SearchMeta | undefined;
  /** The corrections of what the page shows: an event's, an article's, or `all` for a list of the events. */
  readonly corrections?: PageCorrections;
}

export interface PageHead extends HeadMeta {
  /** `<title>`: "Page · Site", or the site's title alone. */
  readonly documentTitle: string;
  readonly icon: string;
  readonly feedTitle: string;
}

export interface PageFrame {
  readonly lang: string;
  readonly head: PageHead;
  readonly chrome: SiteChrome;
  /** Who publishes the site, how to report an error, when the page last changed. */
  readonly trust: TrustView;
  /** The page's own JSON-LD node (`dateModified`, the publisher); none for a page without an address. */
  readonly jsonLd: Record<string, unknown> | undefined;
  /** The search index's filter and meta for the page (src/lib/site/search-kinds.ts). */
  readonly search: { readonly filter: string; readonly kind: string; readonly date: string | undefined };
}

export interface EmbedFrame {
  readonly lang: string;
  readonly head: PageHead;
  /** The full page the embed stands for, and the site's home. */
  readonly full: { readonly href: string; readonly label: string };
  readonly home: { readonly href: string; readonly label: string };
}

/** The "Embed" control under a page: the `<iframe>` code and what it shows. */
export interface EmbedControlView {
  readonly id: string;
  /** "the timeline", "this event", "these figures". */
  readonly what: string;
  readonly snippet: string;
}

export function pageHead(input: FrameInput, site: SiteConfig, links: Links): PageHead {
  return {
    ...headMeta(input, site, links),
    documentTitle: input.title ? `${input.title} · ${site.shortTitle}` : site.title,
    icon: links.href('favicon.svg'),
    feedTitle: `${site.title}: events`,
  };
}

const NO_TRUST: TrustContext = { settings: NO_SETTINGS, lastCorrection: undefined };

export function pageFrame(
  input: FrameInput,
  site: SiteConfig,
  links: Links,
  context: TrustContext = NO_TRUST,
): PageFrame {
  const trust = trustView(input.corrections, context);
  return {
    trust,
    jsonLd:
      input.path === undefined
        ? undefined
        : pageNode({ url: links.absolute(input.path), modified: trust.changed.day?.iso }, context.settings, links),
    lang: site.lang,
    head: pageHead(input, site, links),
    chrome: siteChrome({ site, links, current: input.current, path: input.path }),
    search: searchAttributes(input.search),
  };
}

/** An embed's frame: its head names the full page as canonical (`path`). */
export function embedFrame(
  target: EmbedTarget,
  page: { readonly description: string; readonly path: string },
  site: SiteConfig,
  links: Links,
): EmbedFrame {
  const title = target.kind === 'timeline' ? undefined : target.title;
  return {
    lang: site.lang,
    head: pageHead({ title, description: page.description, path: page.path }, site, links),
    full: {
      href: canonicalHref(target, links),
      label: target.kind === 'timeline' ? 'Open the full timeline' : 'Open the full page',
    },
    home: { href: links.home(), label: site.title },
  };
}

const EMBEDDED_WHAT: Record<EmbedTarget['kind'], string> = {
  timeline: 'the timeline',
  event: 'this event',
  measure: 'these figures',
};

export function embedControl(target: EmbedTarget, site: SiteConfig, links: Links): EmbedControlView {
  return {
    id: `embed-code-${target.kind}${'id' in target ? `-${target.id}` : ''}`,
    what: EMBEDDED_WHAT[target.kind],
    snippet: iframeSnippet(target, links, site),
  };
}
