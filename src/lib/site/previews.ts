/** Which preview image and what text each page's link preview shows, from the timeline model. */
import type { ArticleRef, ClaimInContext, Timeline, TimelineEvent } from '../model/timeline.ts';
import type { SiteConfig } from './site.ts';
import { formatLong, formatShort } from '../content/dates.ts';
import { eventDateLabel, plural, speakerLabel, withCertaintyCapitalized } from '../model/labels.ts';
import { figureText, isDisagreement, type MeasureComparison } from '../model/comparisons.ts';
import type { Speaker } from '../content/people.ts';
import type { PagePreview } from './page-meta.ts';
import { paths } from './urls.ts';
import type { PreviewText } from './preview-image.ts';
import { drawnRows, type FiguresPreview } from './figures-image.ts';

export function eventPreviewText(event: TimelineEvent, site: SiteConfig): PreviewText {
  return { kicker: site.shortTitle, date: eventDateLabel(event), title: event.title };
}

/** An event page is a page of this site about the event: `website`, not an article of that day. */
export function eventPreview(event: TimelineEvent): PagePreview {
  return {
    type: 'website',
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

/** "Probably 11 January 2019": an article's date, as sure as it is known. */
const articleDate = (article: ArticleRef) =>
  withCertaintyCapitalized(formatLong(article.published), article.publishedCertainty);

/** An article's image: its headline, its publisher (as pages print it) and its date. */
export function articlePreviewText(article: ArticleRef, site: SiteConfig): PreviewText {
  return { kicker: `${site.shortTitle} · ${article.publisher}`, date: articleDate(article), title: article.title };
}

export function articlePreview(article: ArticleRef, site: SiteConfig): PagePreview {
  return {
    type: 'article',
    published: article.published.iso,
    image: {
      path: paths.articleImage(article.slug),
      alt: `${site.shortTitle}. ${articleDate(article)}, ${article.publisher}: ${article.title}`,
    },
  };
}

/** A measure's figures as the preview image draws them, each with who gave it. */
export function measurePreviewImage(comparison: MeasureComparison, site: SiteConfig): FiguresPreview {
  return {
    kicker: `${site.shortTitle} · claims across sources`,
    title: comparison.label,
    summary: comparison.summary,
    rows: comparison.figures.map((f) => ({
      figure: figureText(f.given, f.unit),
      speaker: speakerLabel(f.speaker),
      publisher: f.claim.article.publisher,
      low: f.interval.low / comparison.scale,
      high: f.interval.high / comparison.scale,
    })),
  };
}

/** The measure whose dispute stands for the claims page: the first the sources disagree on. */
export function headlineDispute(measures: readonly MeasureComparison[]): MeasureComparison | undefined {
  return measures.find((m) => isDisagreement(m.verdict)) ?? measures.find((m) => m.figures.length > 1);
}

/** `/claims/`: its headline dispute drawn, under the page's own title. */
export function claimsPreviewImage(measures: readonly MeasureComparison[], site: SiteConfig): FiguresPreview {
  const dispute = headlineDispute(measures);
  const disputed = measures.filter((m) => isDisagreement(m.verdict)).length;
  if (!dispute) return { kicker: site.shortTitle, title: 'Claims across sources', summary: '', rows: [] };
  const image = measurePreviewImage(dispute, site);
  return {
    ...image,
    kicker: `${site.shortTitle} · claims across sources: the sources disagree on ${disputed} ${disputed === 1 ? 'measure' : 'measures'}`,
    title: `${dispute.label}`,
  };
}

export function claimsPreview(measures: readonly MeasureComparison[]): PagePreview {
  const dispute = headlineDispute(measures);
  return {
    type: 'website',
    image: {
      path: paths.claimsImage(),
      alt: dispute ? `Claims across sources. ${dispute.label}: ${describeFigures(dispute)}` : 'Claims across sources.',
    },
  };
}

export function measurePreview(comparison: MeasureComparison): PagePreview {
  return {
    type: 'website',
    image: { path: paths.measureImage(comparison.measure), alt: `${comparison.label}: ${describeFigures(comparison)}` },
  };
}

/**
 * "100 (attributed to SOHR, BBC News), …": the image's figures in words, for its alt text.
 * Only those the image draws, and how many it does not: a measure with thousands of figures
 * does not put them all in every one of its pages' heads.
 */
function describeFigures(comparison: MeasureComparison): string {
  const { shown, more } = drawnRows(comparison.figures);
  const figures = shown
    .map((f) => `${figureText(f.given, f.unit)} (${speakerLabel(f.speaker)}, ${f.claim.article.publisher})`)
    .join('; ');
  return `${comparison.summary}. ${figures}${more > 0 ? `; and ${plural(more, 'more figure')}` : ''}.`;
}

/** A claim's image: who said it, and the claim's own words, large. */
export function claimPreviewText(claim: ClaimInContext, speaker: Speaker, event: TimelineEvent): PreviewText {
  return {
    kicker: `${speakerLabel(speaker)} · ${claim.article.publisher}`,
    date: eventDateLabel(event),
    title: claim.says,
  };
}

export function claimPreview(claim: ClaimInContext, speaker: Speaker): PagePreview {
  return {
    type: 'website',
    image: { path: paths.claimImage(claim.event, claim.id), alt: `${speakerLabel(speaker)}: ${claim.says}` },
  };
}
