/** `og/claims.png`: the claims page's preview image, its headline dispute drawn with who gave each figure. */
import type { APIRoute } from 'astro';
import { getClaims, site } from '../../data/timeline.ts';
import { cachedPng } from '../../lib/site/preview-image.ts';
import { figuresPreviewSvg } from '../../lib/site/figures-image.ts';
import { claimsPreviewImage } from '../../lib/site/previews.ts';

export const GET: APIRoute = async () => {
  const { png } = cachedPng(figuresPreviewSvg(claimsPreviewImage((await getClaims()).measures, site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
