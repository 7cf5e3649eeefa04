/** `og/events/<id>.png`: each event's 1200×630 link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getTimeline, site } from '../../../data/timeline.ts';
import type { PreviewText } from '../../../lib/site/preview-image.ts';
import { previewResponse, queuedPreviewPaths } from '../../../lib/site/preview-pool.ts';
import { eventPreviewText } from '../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  const paths = timeline.events.map((event) => ({
    params: { id: event.id },
    props: { text: eventPreviewText(event, site) },
  }));
  return keyed(queuedPreviewPaths(paths));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PreviewText }> = ({ props }) => previewResponse(props.text);
