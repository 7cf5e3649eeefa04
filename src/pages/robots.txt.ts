/** `robots.txt`: everything may be crawled; the sitemap is under the base path. */
import type { APIRoute } from 'astro';
import { links } from '../data/timeline.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${links.absolute('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
