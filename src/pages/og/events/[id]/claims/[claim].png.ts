/** `og/events/<event>/claims/<claim>.png`: a claim's link-preview image, its words and who said them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaims, getTimeline } from '../../../../../data/timeline.ts';
import { cachedPng, previewSvg } from '../../../../../lib/site/preview-image.ts';
import { drawPreviews } from '../../../../../lib/site/preview-pool.ts';
import { claimPreviewText } from '../../../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const [timeline, model] = await Promise.all([getTimeline(), getClaims()]);
  const paths = timeline.events.flatMap((event) =>
    event.claims.map((claim) => ({
      params: { id: event.id, claim: claim.id },
      props: { svg: previewSvg(claimPreviewText(claim, model.speakerOf(claim), event)) },
    })),
  );
  await drawPreviews(paths.map((path) => path.props.svg));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => {
  const { png } = cachedPng(props.svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
