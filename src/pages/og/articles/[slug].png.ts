/** `og/articles/<slug>.png`: each article page's 1200×630 link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getTimeline, site } from '../../../data/timeline.ts';
import type { PreviewText } from '../../../lib/site/preview-image.ts';
import { previewResponse, queuedPreviewPaths } from '../../../lib/site/preview-pool.ts';
import { articlePreviewText } from '../../../lib/site/previews.ts';

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  const paths = timeline.articles.map((article) => ({
    params: { slug: article.slug },
    props: { text: articlePreviewText(article, site) },
  }));
  return keyed(queuedPreviewPaths(paths));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: PreviewText }> = ({ props }) => previewResponse(props.text);
