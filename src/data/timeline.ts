/**
 * The one place pages read content: the collections, loaded once and turned into the
 * timeline model by `src/lib/`. Every page, feed and endpoint starts here.
 */
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from '../lib/timeline.ts';
import { siteConfig } from '../lib/site.ts';
import { makeLinks } from '../lib/urls.ts';

export const site = siteConfig();
// From the site config: `import.meta.env.BASE_URL` came out as `/` in pages built with a base path.
export const links = makeLinks(site.base, site.url);

let timeline: Promise<Timeline> | undefined;

export function getTimeline(): Promise<Timeline> {
  timeline ??= load();
  return timeline;
}

async function load(): Promise<Timeline> {
  const [articles, events, phases] = await Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('phases'),
  ]);
  return buildTimeline(
    articles.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
    events.map((entry) => ({ ...entry.data, id: entry.id })),
    phases.map((entry) => ({ ...entry.data, id: entry.id })),
  );
}
