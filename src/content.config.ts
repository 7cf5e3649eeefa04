import { defineCollection } from 'astro:content';
import { article, event, person, phase, placePosition } from './lib/content/schema.ts';
import { contentDir, isSiteContent } from './lib/content/load.ts';
import { checkedContentLoader } from './lib/content/loader.ts';
import type { KnownArticles } from './lib/content/checked.ts';
import { checkContentDir } from './lib/site/site-check.ts';
import { ALL_REQUIRED } from './lib/site/required-files.ts';
import { listPagePaths } from './lib/view/list-pages.ts';

// One parse: every collection holds what the content check (permalinks included) read and passed. The schemas
// give the entries their types; the check has already validated the data with them.
const dir = contentDir();
// The list pages are checked against the permalink lock too.
// An article the last build's check read and passed is not read again if its file is the same.
const check = (folder: string, known?: KnownArticles) =>
  checkContentDir(
    folder,
    process.cwd(),
    { now: new Date(), known, required: isSiteContent() ? ALL_REQUIRED : [] },
    listPagePaths,
  );

export const collections = {
  articles: defineCollection({ loader: checkedContentLoader('articles', dir, check), schema: article }),
  events: defineCollection({ loader: checkedContentLoader('events', dir, check), schema: event }),
  phases: defineCollection({ loader: checkedContentLoader('phases', dir, check), schema: phase }),
  // The alias table is optional: without people.yaml it is empty, and speakers are shown as the articles name them.
  people: defineCollection({ loader: checkedContentLoader('people', dir, check), schema: person }),
  // Optional too: without places.yaml no locator map is drawn.
  places: defineCollection({ loader: checkedContentLoader('places', dir, check), schema: placePosition }),
};
