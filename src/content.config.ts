import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { article, event, person, phase } from './lib/content/schema.ts';
import { contentDir } from './lib/content/load.ts';

// Loaders resolve these against the project root; an absolute CONTENT_DIR stays absolute.
const dir = contentDir();

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/articles` }), schema: article }),
  events: defineCollection({ loader: file(`${dir}/events.yaml`), schema: event }),
  phases: defineCollection({ loader: file(`${dir}/phases.yaml`), schema: phase }),
  // The alias table is optional: without it, speakers are shown as the articles name them.
  ...(existsSync(`${dir}/people.yaml`)
    ? { people: defineCollection({ loader: file(`${dir}/people.yaml`), schema: person }) }
    : {}),
};
