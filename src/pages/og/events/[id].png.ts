/** `og/events/<id>.png`: each event's 1200×630 link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getTimeline, site } from '../../../data/timeline.ts';
import { previewPng } from '../../../lib/site/preview-image.ts';
import { eventPreviewText } from '../../../lib/site/previews.ts';
import type { TimelineEvent } from '../../../lib/model/timeline.ts';

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return keyed(timeline.events.map((event) => ({ params: { id: event.id }, props: { event } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: TimelineEvent }> = ({ props }) => {
  const { png } = previewPng(eventPreviewText(props.event, site));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
