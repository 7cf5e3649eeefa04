import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { article, event, phase } from './lib/schema.ts';
import { contentDir } from './lib/load.ts';

// Loaders resolve these against the project root; an absolute CONTENT_DIR stays absolute.
const dir = contentDir();

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/articles` }), schema: article }),
  events: defineCollection({ loader: file(`${dir}/events.yaml`), schema: event }),
  phases: defineCollection({ loader: file(`${dir}/phases.yaml`), schema: phase }),
};
