/** `og/events/<event>/claims/<claim>.png`: a claim's link-preview image, its words and who said them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../../../data/cache-keys.ts';
import { getClaims, getTimeline } from '../../../../../data/timeline.ts';
import { previewSvg, type PreviewText } from '../../../../../lib/site/preview-image.ts';
import { pooledPng, queuePreviews } from '../../../../../lib/site/preview-pool.ts';
import { claimPreviewText } from '../../../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const [timeline, model] = await Promise.all([getTimeline(), getClaims()]);
  const paths = timeline.events.flatMap((event) =>
    event.claims.map((claim) => ({
      params: { id: event.id, claim: claim.id },
      props: { text: claimPreviewText(claim, model.speakerOf(claim), event) },
    })),
  );
  // Only the text is kept for each page; its SVG is laid out again when the page is written.
  queuePreviews(paths.map((path) => previewSvg(path.props.text)));
  return keyed(paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PreviewText }> = async ({ props }) => {
  const png = await pooledPng(previewSvg(props.text));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
