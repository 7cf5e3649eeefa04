/** `og/claims/<measure>.png`: each measure's preview image, its figures drawn with who gave each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getClaims, site } from '../../../data/timeline.ts';
import { figuresPreviewSvg } from '../../../lib/site/figures-image.ts';
import { pooledPng, queuePreviews } from '../../../lib/site/preview-pool.ts';
import { measurePreviewImage } from '../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const { measures } = await getClaims();
  const paths = measures.map((comparison) => ({
    params: { measure: comparison.measure },
    props: { svg: figuresPreviewSvg(measurePreviewImage(comparison, site)) },
  }));
  queuePreviews(paths.map((path) => path.props.svg));
  return keyed(paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props }) => {
  const png = await pooledPng(props.svg);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
