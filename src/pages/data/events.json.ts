import type { APIRoute } from 'astro';
import { getClaims, getTimeline, links } from '../../data/timeline.ts';
import { eventsJson } from '../../lib/site/export.ts';

export const GET: APIRoute = async () => Response.json(eventsJson(await getTimeline(), await getClaims(), links));
