/** `rss.xml`: the timeline's events as a feed, newest first, each linking to its page. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTimeline, links, site } from '../data/timeline.ts';
import { paths } from '../lib/site/urls.ts';
import {
  contentLastChanged,
  FEED_NAMESPACES,
  feedChannelData,
  feedCorrections,
  feedSummary,
} from '../lib/site/feed.ts';

export const GET: APIRoute = async () => {
  const timeline = await getTimeline();
  return rss({
    title: site.title,
    description: site.description,
    site: links.absolute(),
    // Item links are absolute and already end in a slash, the site's one policy.
    trailingSlash: true,
    customData: feedChannelData(site.lang, links.absolute(paths.feed()), contentLastChanged(timeline)),
    // A corrected entry says so in its title and text, and carries the day of its last change.
    xmlns: FEED_NAMESPACES,
    items: [...timeline.events].reverse().map((event) => ({
      link: links.absolute(paths.event(event.id)),
      pubDate: event.date.start,
      categories: [event.phase.title],
      ...feedCorrections(event.title, feedSummary(event), event.corrections),
    })),
  });
};
