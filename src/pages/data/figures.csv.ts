import type { APIRoute } from 'astro';
import { getClaims, links } from '../../data/timeline.ts';
import { figuresCsv } from '../../lib/site/export.ts';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(await getClaims(), links), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
