/**
 * The locator map as a page shows it: the drawing, the dots linking to each place's page
 * (or, for a place only a claim names, to that claim), and a caption that names every place
 * drawn and says where the positions and boundaries come from.
 */
import { positionSources, type Place } from '../model/places.ts';
import type { Links } from '../site/urls.ts';
import { locatorMap, type LocatorMap, type MapPoint } from './locator-map.ts';

export interface MapFigureView {
  readonly map: LocatorMap;
  readonly caption: string;
  /** "Positions: GeoNames. Boundaries: Natural Earth." */
  readonly credit: string;
  /** `/places/`, where every place is listed with its source. */
  readonly placesHref: string;
}

/** Where a place's dot and name link: its filter page, or the claim that names it. */
export function placeHref(place: Place, links: Links): string {
  return place.claim ? links.claim(place.claim.event, place.claim.id) : links.filter('places', place.id);
}

/** "A, B and C". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The map of every place with a position; with `highlight`, that place stands out and the
 * caption says where it is. Undefined where no place is on the map.
 */
export function mapFigure(places: readonly Place[], links: Links, highlight?: Place): MapFigureView | undefined {
  const points: MapPoint[] = places.flatMap((place) =>
    place.position
      ? [
          {
            id: place.id,
            name: place.name,
            lat: place.position.lat,
            lon: place.position.lon,
            href: placeHref(place, links),
          },
        ]
      : [],
  );
  const map = locatorMap(points, highlight?.id);
  if (map.dots.length === 0 || (highlight && !map.dots.some((dot) => dot.highlighted))) return undefined;
  const drawn = map.dots.map((dot) => dot.name).sort((a, b) => a.localeCompare(b));
  const others = drawn.filter((name) => name !== highlight?.name);
  const caption = highlight
    ? `${highlight.name} (the larger dot) on a map of northern Syria and the Turkey–Syria border` +
      (others.length > 0 ? `, with the other places the articles name that lie on it: ${listNames(others)}.` : '.')
    : `The places the articles name that lie on a map of northern Syria and the Turkey–Syria border: ${listNames(drawn)}.`;
  return {
    map,
    caption,
    credit: `Positions: ${listNames(positionSources(places))}. Boundaries: Natural Earth.`,
    placesHref: links.places(),
  };
}
