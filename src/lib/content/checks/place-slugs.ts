/**
 * Every place gives a URL slug, and two different names never give the same one: a place
 * is a page, `/places/<slug>/`, and the build cannot make a page of "Дамаск" (no Latin
 * letters) or one page of both "Ras al-Ain" and "Ras Al Ain".
 */
import { ContentError } from '../errors.ts';
import { slugOfPlace } from '../place-slug.ts';
import type { ContentCheck } from './check.ts';

export const placeSlugs: ContentCheck = {
  name: 'place-slugs',
  rule: 'every place gives a URL slug of its own',
  run(content, files) {
    const errors: ContentError[] = [];
    const first = new Map<string, { place: string; at: number }>();
    content.events.forEach((event, i) => {
      if (event.place === undefined) return;
      const field = `[${i}] (${event.id}).place`;
      const slug = slugOfPlace(event.place);
      const seen = first.get(slug);
      if (slug === '') {
        errors.push(
          new ContentError(files.events, field, `"${event.place}" gives no URL: write it with Latin letters or digits`),
        );
      } else if (!seen) {
        first.set(slug, { place: event.place, at: i });
      } else if (seen.place !== event.place) {
        errors.push(
          new ContentError(
            files.events,
            field,
            `"${event.place}" and "${seen.place}" ([${seen.at}]) would share the page /places/${slug}/: write the place the same way in both`,
          ),
        );
      }
    });
    return errors;
  },
};
