import { defineCollection } from 'astro:content';
import { article, event, person, phase } from './lib/content/schema.ts';
import { contentDir } from './lib/content/load.ts';
import { checkedContentLoader } from './lib/content/loader.ts';

// One parse: every collection holds what the content check read and passed. The schemas
// give the entries their types; the check has already validated the data with them.
const dir = contentDir();

export const collections = {
  articles: defineCollection({ loader: checkedContentLoader('articles', dir), schema: article }),
  events: defineCollection({ loader: checkedContentLoader('events', dir), schema: event }),
  phases: defineCollection({ loader: checkedContentLoader('phases', dir), schema: phase }),
  // The alias table is optional: without people.yaml it is empty, and speakers are shown as the articles name them.
  people: defineCollection({ loader: checkedContentLoader('people', dir), schema: person }),
};
