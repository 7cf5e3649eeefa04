/**
 * `robots.txt`: everything may be crawled, and the sitemap is under the base path; a build
 * for this machine (localhost) may not be crawled at all.
 */
import type { APIRoute } from 'astro';
import { links, site } from '../data/timeline.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\n${site.local ? 'Disallow: /' : 'Allow: /'}\n\nSitemap: ${links.absolute('sitemap-index.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
