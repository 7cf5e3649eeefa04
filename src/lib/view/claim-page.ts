/**
 * A claim's own small page, at `/events/<event>/claims/<claim>/`: a fragment (`#claim-…`)
 * cannot carry a link preview of its own, so this page is what a shared claim links to. Its
 * preview shows the claim's words and who said them; the page leads to the claim in context.
 */
import type { ClaimsModel } from '../model/claims-model.ts';
import type { Timeline, TimelineEvent } from '../model/timeline.ts';
import { eventDateLabel, speakerLabel, speakerName } from '../model/labels.ts';
import type { PagePreview } from '../site/page-meta.ts';
import { claimPreview } from '../site/previews.ts';
import type { Links } from '../site/urls.ts';
import { paths } from '../site/urls.ts';
import { claimView, type ClaimView } from './claim-view.ts';
import { eachOf, type PageList } from './page-list.ts';

export interface ClaimPageView {
  readonly eventId: string;
  readonly claimId: string;
  /** Under the base. */
  readonly path: string;
  /** "Who: what they said", the page's title. */
  readonly title: string;
  readonly description: string;
  readonly claim: ClaimView;
  readonly event: { readonly title: string; readonly href: string; readonly date: string };
  readonly preview: PagePreview;
  /** The corrections of the claim's event, whose title and summary the page shows. */
  readonly corrections: TimelineEvent['corrections'];
}

/** Every claim's page, in timeline order, each made when asked for (`page-list.ts`). */
export function buildClaimPages(timeline: Timeline, model: ClaimsModel, links: Links): PageList<ClaimPageView> {
  const claims = timeline.events.flatMap((event) => event.claims.map((claim) => ({ event, claim })));
  return eachOf(claims, ({ event, claim }): ClaimPageView => {
    const speaker = model.speakerOf(claim);
    return {
      eventId: event.id,
      claimId: claim.id,
      path: paths.claimPage(event.id, claim.id),
      title: `${speakerName(speaker, claim.article)}: ${claim.says}`,
      description: `${claim.says} (${speakerLabel(speaker)}, in ${claim.article.publisher}.) About: ${event.title}.`,
      claim: claimView(claim, speaker, links, event),
      event: { title: event.title, href: links.event(event.id), date: eventDateLabel(event) },
      preview: claimPreview(claim, speaker),
      corrections: event.corrections,
    };
  });
}
