/**
 * The places of the timeline: every event's place, and the places a claim's quote names
 * that `content/places.yaml` lists, each with its position where that file gives one.
 */
import type { PlacePosition } from '../content/schema.ts';
import { groupFilters } from './filters.ts';
import type { ClaimInContext, Timeline, TimelineEvent } from './timeline.ts';

export interface Place {
  readonly id: string;
  readonly name: string;
  /** Where it lies, and the gazetteer entry that says so; absent where no position is known. */
  readonly position: Pick<PlacePosition, 'lat' | 'lon' | 'source'> | undefined;
  /** The events at this place, in timeline order (none for a place only a claim names). */
  readonly events: readonly TimelineEvent[];
  /** For a place that is no event's place: the claim that names it. */
  readonly claim: ClaimInContext | undefined;
}

/** The event places first, in the filters' order (busiest first, then by name), then the places claims name. */
export function buildPlaces(timeline: Timeline, positions: readonly PlacePosition[]): Place[] {
  const byId = new Map(positions.map((position) => [position.id, position]));
  const claims = new Map(timeline.claims.map((claim) => [claim.id, claim]));
  const of = (id: string) => {
    const found = byId.get(id);
    return found && { lat: found.lat, lon: found.lon, source: found.source };
  };
  const eventPlaces = (
    groupFilters(timeline.events).find(({ declaration }) => declaration.kind === 'place')?.groups ?? []
  ).map((group) => ({
    id: group.slug,
    name: group.name,
    position: of(group.slug),
    events: group.events,
    claim: undefined,
  }));
  const named = positions
    .filter((position) => position.claim !== undefined)
    .map((position) => ({
      id: position.id,
      name: position.name,
      position: of(position.id),
      events: [],
      claim: claims.get(position.claim!),
    }));
  return [...eventPlaces, ...named];
}

/** The gazetteers the positions come from, as a page credits them: "GeoNames". */
export function positionSources(places: readonly Place[]): string[] {
  return [...new Set(places.flatMap((place) => (place.position ? [place.position.source.replace(/ \S+$/, '')] : [])))];
}
