/** One oEmbed response per measure, found through the discovery link on the measure's page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getClaims, links, site } from '../../../data/timeline.ts';
import { measureEmbed, oembed, type EmbedTarget } from '../../../lib/site/embeds.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await getClaims()).measures.map((comparison) => ({
      params: { measure: comparison.measure },
      props: { target: measureEmbed(comparison) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: EmbedTarget }> = ({ props }) => Response.json(oembed(props.target, links, site));
