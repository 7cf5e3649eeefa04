/** `og/events/<event>/claims/<claim>.png`: a claim's link-preview image, its words and who said them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../../../data/cache-keys.ts';
import { getClaims, getTimeline } from '../../../../../data/timeline.ts';
import type { PreviewText } from '../../../../../lib/site/preview-image.ts';
import { previewResponse, queuedPreviewPaths } from '../../../../../lib/site/preview-pool.ts';
import { claimPreviewText } from '../../../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const [timeline, model] = await Promise.all([getTimeline(), getClaims()]);
  const paths = timeline.events.flatMap((event) =>
    event.claims.map((claim) => ({
      params: { id: event.id, claim: claim.id },
      props: { text: claimPreviewText(claim, model.speakerOf(claim), event) },
    })),
  );
  return keyed(queuedPreviewPaths(paths));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PreviewText }> = ({ props }) => previewResponse(props.text);
