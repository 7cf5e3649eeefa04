import { defineCollection } from 'astro:content';
import { article, event, person, phase, placePosition } from './lib/content/schema.ts';
import { contentDir } from './lib/content/load.ts';
import { checkedContentLoader } from './lib/content/loader.ts';
import { checkContentDir } from './lib/site/site-check.ts';

// One parse: every collection holds what the content check (permalinks included) read and passed. The schemas
// give the entries their types; the check has already validated the data with them.
const dir = contentDir();

export const collections = {
  articles: defineCollection({ loader: checkedContentLoader('articles', dir, checkContentDir), schema: article }),
  events: defineCollection({ loader: checkedContentLoader('events', dir, checkContentDir), schema: event }),
  phases: defineCollection({ loader: checkedContentLoader('phases', dir, checkContentDir), schema: phase }),
  // The alias table is optional: without people.yaml it is empty, and speakers are shown as the articles name them.
  people: defineCollection({ loader: checkedContentLoader('people', dir, checkContentDir), schema: person }),
  // Optional too: without places.yaml no locator map is drawn.
  places: defineCollection({ loader: checkedContentLoader('places', dir, checkContentDir), schema: placePosition }),
};
