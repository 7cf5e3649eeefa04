/** Which preview image and what text each page's link preview shows, from the timeline model. */
import type { ArticleRef, Timeline, TimelineEvent } from '../model/timeline.ts';
import type { SiteConfig } from './site.ts';
import { formatShort } from '../content/dates.ts';
import { eventDateLabel } from '../model/labels.ts';
import type { PagePreview } from './page-meta.ts';
import { paths } from './urls.ts';
import type { PreviewText } from './preview-image.ts';

export function eventPreviewText(event: TimelineEvent, site: SiteConfig): PreviewText {
  return { kicker: site.shortTitle, date: eventDateLabel(event), title: event.title };
}

export function eventPreview(event: TimelineEvent): PagePreview {
  return {
    type: 'article',
    published: event.date.iso,
    image: { path: paths.eventImage(event.id), alt: `${eventDateLabel(event)}: ${event.title}` },
  };
}

/** The site-wide image: the site's title over the span of the timeline. */
export function sitePreviewText(timeline: Timeline, site: SiteConfig): PreviewText {
  const first = timeline.events[0];
  const last = timeline.events.at(-1);
  const span = first && last ? `${formatShort(first.date)} – ${formatShort(last.date)}` : '';
  return { kicker: 'A timeline, claim by claim', date: span, title: site.title };
}

export function articlePreview(article: ArticleRef, site: SiteConfig): PagePreview {
  return {
    type: 'article',
    published: article.published.iso,
    image: { path: paths.siteImage(), alt: `${site.title}: a timeline of events, claim by claim.` },
  };
}
