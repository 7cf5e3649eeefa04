// One collection over the benchmark's articles (CONTENT_DIR, an absolute path), no schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: `${process.env.CONTENT_DIR}/articles` }) }),
};
