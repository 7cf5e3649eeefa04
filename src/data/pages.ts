/**
 * Each page type's view model, built once for the whole build from the timeline and the
 * claims model (src/lib/view/): the routes hand one to their components as props.
 */
import { getClaims, getTimeline, links } from './timeline.ts';
import { buildClaimsPages, type ClaimsPages } from '../lib/view/claims-page.ts';
import { buildClaimPages, type ClaimPageView } from '../lib/view/claim-page.ts';

let claimsPages: Promise<ClaimsPages> | undefined;
let claimPages: Promise<ClaimPageView[]> | undefined;

/** `/claims/` and every measure's page. */
export function getClaimsPages(): Promise<ClaimsPages> {
  claimsPages ??= getClaims().then((model) => buildClaimsPages(model, links));
  return claimsPages;
}

/** Each claim's own page. */
export function getClaimPages(): Promise<ClaimPageView[]> {
  claimPages ??= Promise.all([getTimeline(), getClaims()]).then(([timeline, model]) =>
    buildClaimPages(timeline, model, links),
  );
  return claimPages;
}
