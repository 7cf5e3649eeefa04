/** The timeline's oEmbed response, found through the discovery link on `/`. */
import type { APIRoute } from 'astro';
import { links, site } from '../../data/timeline.ts';
import { oembed, timelineEmbed } from '../../lib/site/embeds.ts';

export const GET: APIRoute = () => Response.json(oembed(timelineEmbed(site), links, site));
