/** One oEmbed response per event, found through the discovery link on the event's page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyed } from '../../../data/cache-keys.ts';
import { getTimeline, links, site } from '../../../data/timeline.ts';
import { eventEmbed, oembed, type EmbedTarget } from '../../../lib/site/embeds.ts';

export const getStaticPaths = (async () =>
  keyed(
    (await getTimeline()).events.map((event) => ({
      params: { id: event.id },
      props: { target: eventEmbed(event) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: EmbedTarget }> = ({ props }) => Response.json(oembed(props.target, links, site));
