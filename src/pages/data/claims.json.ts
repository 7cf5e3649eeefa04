import type { APIRoute } from 'astro';
import { getClaims, getTimeline, links } from '../../data/timeline.ts';
import { claimsJson } from '../../lib/site/export.ts';

export const GET: APIRoute = async () => Response.json(claimsJson(await getTimeline(), await getClaims(), links));
