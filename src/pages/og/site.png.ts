/** `og/site.png`: the link-preview image for every page that is not an event. */
import type { APIRoute } from 'astro';
import { getTimeline, site } from '../../data/timeline.ts';
import { previewPng } from '../../lib/site/preview-image.ts';
import { sitePreviewText } from '../../lib/site/previews.ts';

export const GET: APIRoute = async () => {
  const { png } = previewPng(sitePreviewText(await getTimeline(), site));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
