/** `og/events/<id>.png`: each event's 1200×630 link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline, site } from '../../../data/timeline.ts';
import { cachedPng, previewSvg } from '../../../lib/site/preview-image.ts';
import { drawPreviews } from '../../../lib/site/preview-pool.ts';
import { eventPreviewText } from '../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  const paths = timeline.events.map((event) => ({
    params: { id: event.id },
    props: { svg: previewSvg(eventPreviewText(event, site)) },
  }));
  await drawPreviews(paths.map((path) => path.props.svg));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => {
  const { png } = cachedPng(props.svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
