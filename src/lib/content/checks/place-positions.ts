/**
 * Every position in `places.yaml` is of a place of the timeline: an event's place, or a
 * place a claim's quote names (`claim`), under the slug its name gives, listed once. Its
 * range and its source are the schema's (`placePosition` in `schema.ts`).
 */
import { ContentError } from '../errors.ts';
import { slugOfPlace } from '../place-slug.ts';
import type { ContentCheck } from './check.ts';
import { duplicateIds } from './unique-ids.ts';

export const placePositions: ContentCheck = {
  name: 'place-positions',
  rule: "a position is of an event's place or of a place a claim's quote names, once, under its slug",
  run(content, files) {
    const file = files.places;
    if (!file || files.incomplete?.has('events') || files.incomplete?.has('articles')) return [];
    const eventPlaces = new Set(content.events.flatMap((event) => (event.place ? [event.place] : [])));
    // A place that gives no slug is the place-slugs check's to name; what refers to it, not this one's.
    if ([...eventPlaces].some((place) => slugOfPlace(place) === '')) return [];
    const quotes = new Map(
      content.articles.flatMap((article) => article.data.claims.map((claim) => [claim.id, claim.quote] as const)),
    );
    const errors = content.places.flatMap((place, i) => {
      const at = (field: string) => `[${i}] (${place.id}).${field}`;
      const slug = slugOfPlace(place.name);
      if (slug !== place.id) return [new ContentError(file, at('id'), `must be "${slug}", the slug of "${place.name}"`)];
      if (place.claim === undefined) {
        return eventPlaces.has(place.name)
          ? []
          : [
              new ContentError(
                file,
                at('name'),
                `no event has the place "${place.name}": write it as an event's place, or give the claim that names it`,
              ),
            ];
      }
      const quote = quotes.get(place.claim);
      if (quote === undefined) return [new ContentError(file, at('claim'), `no claim "${place.claim}" in the articles`)];
      return quote.includes(place.name)
        ? []
        : [new ContentError(file, at('name'), `"${place.name}" is not in the quote of claim "${place.claim}"`)];
    });
    return [
      ...errors,
      ...duplicateIds(
        content.places.map((place, i) => ({ id: place.id, file, field: `[${i}] (${place.id}).id` })),
        (item) => `"${item.id}" has a position already`,
      ),
    ];
  },
};
