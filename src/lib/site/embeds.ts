/**
 * Embeds: the timeline, one event and one measure's comparison, each as a page under
 * `embed/` that another site can put in an `<iframe>`, with a static oEmbed file beside
 * it (a static host cannot answer `oembed?url=…`), found through the discovery link on
 * the canonical page. Every link inside an embed opens in the top window (`<base
 * target="_top">`), so a reader lands on the permalink itself, `#claim-…` and all.
 * @see https://oembed.com/ (1.0, sections 2.3 and 4)
 */
import type { SiteConfig } from './site.ts';
import { EMBED_FOLDER, paths, type Links } from './urls.ts';

export type EmbedTarget =
  | { readonly kind: 'timeline'; readonly title: string }
  | { readonly kind: 'event'; readonly id: string; readonly title: string }
  | { readonly kind: 'measure'; readonly id: string; readonly title: string };

/** The frame's size in the snippet and the oEmbed file; the page itself scrolls inside it. */
export const EMBED_SIZE: Record<EmbedTarget['kind'], { width: number; height: number }> = {
  timeline: { width: 640, height: 720 },
  event: { width: 640, height: 720 },
  measure: { width: 640, height: 560 },
};

/** The embed page, under the base: `embed/events/<id>/`. */
export function embedPath(target: EmbedTarget): string {
  if (target.kind === 'timeline') return paths.embedTimeline();
  return target.kind === 'event' ? paths.embedEvent(target.id) : paths.embedMeasure(target.id);
}

/** Its oEmbed file, under the base: `oembed/events/<id>.json`. */
export function oembedPath(target: EmbedTarget): string {
  if (target.kind === 'timeline') return paths.oembedTimeline();
  return target.kind === 'event' ? paths.oembedEvent(target.id) : paths.oembedMeasure(target.id);
}

/** The full page the embed stands for, under the base (with its base path). */
export function canonicalHref(target: EmbedTarget, links: Links): string {
  if (target.kind === 'timeline') return links.home();
  return target.kind === 'event' ? links.event(target.id) : links.measure(target.id);
}

/** Whether a URL's path (under the base) is an embed page: `embed/…`. */
export function isEmbedPath(path: string): boolean {
  return path.replace(/^\/+/, '').startsWith(`${EMBED_FOLDER}/`);
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` a host pastes: fixed size for old hosts, never wider than its column. */
export function iframeSnippet(target: EmbedTarget, links: Links, site: SiteConfig): string {
  const { width, height } = EMBED_SIZE[target.kind];
  return [
    `<iframe src="${attribute(links.absolute(embedPath(target)))}"`,
    ` title="${attribute(`${target.title} · ${site.shortTitle}`)}"`,
    ` width="${width}" height="${height}" loading="lazy"`,
    ` style="border:1px solid #d8d3ca;max-width:100%"></iframe>`,
  ].join('');
}

/** An oEmbed 1.0 response of type `rich`. */
export interface OEmbed {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly cache_age: number;
}

export function oembed(target: EmbedTarget, links: Links, site: SiteConfig): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: site.title,
    provider_url: links.absolute(),
    html: iframeSnippet(target, links, site),
    ...EMBED_SIZE[target.kind],
    // A day: a correction reaches hosts that cache the snippet.
    cache_age: 86400,
  };
}

export function timelineEmbed(site: SiteConfig): EmbedTarget {
  return { kind: 'timeline', title: site.title };
}

export function eventEmbed(event: { readonly id: string; readonly title: string }): EmbedTarget {
  return { kind: 'event', id: event.id, title: event.title };
}

export function measureEmbed(comparison: { readonly measure: string; readonly label: string }): EmbedTarget {
  return { kind: 'measure', id: comparison.measure, title: comparison.label };
}

/** The discovery link in the head of a page that has an embed: its oEmbed file and title. */
export interface OembedLinkView {
  readonly href: string;
  readonly title: string;
}

export function oembedLink(target: EmbedTarget, links: Links, site: SiteConfig): OembedLinkView {
  return { href: links.absolute(oembedPath(target)), title: `${target.title} · ${site.shortTitle}` };
}
