/**
 * `/places/`: the locator map of every place with a position, then every place of the
 * timeline with its events (or the claim that names it), its position and that position's
 * source, or that it is not on the map.
 */
import type { PartialDate } from '../content/dates.ts';
import type { Place } from '../model/places.ts';
import { paths, type Links } from '../site/urls.ts';
import { mapFigure, placeHref, type MapFigureView } from './place-map.ts';
import { fitsOnePage, PAGE_LIMITS } from './split.ts';
import { plural } from '../model/labels.ts';

export interface PlacesPageView {
  readonly path: string;
  readonly map: MapFigureView | undefined;
  readonly places: readonly {
    readonly id: string;
    readonly name: string;
    readonly href: string;
    /** "36.85° N, 40.07° E (GeoNames 165509)", or undefined where the place is not on the map. */
    readonly position: string | undefined;
    /** Where the place is not on the map, why: "Not on the map: …". */
    readonly unmapped: string | undefined;
    /** Where the places' events are too many to list here: "120 events", linking to the place's own pages. */
    readonly eventCount: string | undefined;
    /** Its events, where they all fit on this page. */
    readonly events: readonly {
      readonly title: string;
      readonly href: string;
      readonly date: PartialDate;
      readonly certainty: 'known' | 'probable';
    }[];
    /** For a place only a claim names: that claim, in the site's words, and its permalink. */
    readonly claim: { readonly says: string; readonly href: string; readonly event: string } | undefined;
  }[];
}

const degrees = (n: number, positive: string, negative: string) =>
  `${Math.abs(n).toFixed(2)}° ${n < 0 ? negative : positive}`;

/**
 * Why a place is not drawn. The articles give no coordinates, so a place is on the map only
 * where the gazetteer gives it a point inside the map's frame (northern Syria).
 */
function unmappedReason(place: Place): string {
  return place.position
    ? 'Not on the map: it lies outside northern Syria, the area the map shows.'
    : 'Not on the map: the articles give no coordinates, and no position for it is recorded. The map shows only places in northern Syria that the gazetteer gives as a single point.';
}

export function buildPlacesPage(
  places: readonly Place[],
  titles: ReadonlyMap<string, string>,
  links: Links,
): PlacesPageView {
  const map = mapFigure(places, links);
  const drawn = new Set(map?.map.dots.map((dot) => dot.id));
  const listed = fitsOnePage(
    places.reduce((sum, place) => sum + place.events.length, 0),
    PAGE_LIMITS.entries,
  );
  return {
    path: paths.places(),
    map,
    // The places on the map first, then the others, each by name.
    places: [...places]
      .sort((a, b) => Number(drawn.has(b.id)) - Number(drawn.has(a.id)) || a.name.localeCompare(b.name))
      .map((place) => ({
        id: place.id,
        name: place.name,
        href: placeHref(place, links),
        position:
          place.position && drawn.has(place.id)
            ? `${degrees(place.position.lat, 'N', 'S')}, ${degrees(place.position.lon, 'E', 'W')} (${place.position.source})`
            : undefined,
        unmapped: drawn.has(place.id) ? undefined : unmappedReason(place),
        eventCount: listed || place.events.length === 0 ? undefined : plural(place.events.length, 'event'),
        events: (listed ? place.events : []).map((event) => ({
          title: event.title,
          href: links.event(event.id),
          date: event.date,
          certainty: event.dateCertainty,
        })),
        claim: place.claim && {
          says: place.claim.says,
          href: links.claim(place.claim.event, place.claim.id),
          event: titles.get(place.claim.event) ?? place.claim.event,
        },
      })),
  };
}
