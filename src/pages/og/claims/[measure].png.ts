/** `og/claims/<measure>.png`: each measure's preview image, its figures drawn with who gave each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getClaims, site } from '../../../data/timeline.ts';
import { cachedPng } from '../../../lib/site/preview-image.ts';
import { figuresPreviewSvg } from '../../../lib/site/figures-image.ts';
import { measurePreviewImage } from '../../../lib/site/previews.ts';
import type { MeasureComparison } from '../../../lib/model/comparisons.ts';

export const getStaticPaths = (async () => {
  const { measures } = await getClaims();
  return keyed(measures.map((comparison) => ({ params: { measure: comparison.measure }, props: { comparison } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ comparison: MeasureComparison }> = ({ props }) => {
  const { png } = cachedPng(figuresPreviewSvg(measurePreviewImage(props.comparison, site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
