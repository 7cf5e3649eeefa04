/**
 * Filters: the events grouped by actor, by place and by topic. Each group becomes a static
 * page (`/actors/turkey/`) and a filter the index applies in place (`/?actor=turkey`).
 */
import type { TimelineEvent } from './timeline.ts';
import { actorName, placeSlug, topicName } from './vocabulary.ts';

export type FilterKind = 'actor' | 'place' | 'topic';

/** The kinds in the order the site shows them, with their URL folder and query parameter. */
export const FILTER_KINDS: readonly { kind: FilterKind; folder: string; label: string }[] = [
  { kind: 'actor', folder: 'actors', label: 'Who' },
  { kind: 'place', folder: 'places', label: 'Where' },
  { kind: 'topic', folder: 'topics', label: 'What' },
];

export interface FilterRef {
  readonly kind: FilterKind;
  readonly slug: string;
  readonly name: string;
}

export interface FilterGroup extends FilterRef {
  /** The group's events, in timeline order. */
  readonly events: readonly TimelineEvent[];
}

/** The filters an event belongs to: its actors, its place, its topics. */
export function filtersOf(event: TimelineEvent): FilterRef[] {
  return [
    ...event.actors.map((key) => ({ kind: 'actor' as const, slug: key, name: actorName(key) })),
    ...(event.place ? [{ kind: 'place' as const, slug: placeSlug(event.place), name: event.place }] : []),
    ...event.topics.map((key) => ({ kind: 'topic' as const, slug: key, name: topicName(key) })),
  ];
}

/**
 * Every filter with at least one event, grouped by kind; within a kind the busiest first,
 * then by name. Two places that give the same slug would share a page, so that is an error.
 */
export function groupFilters(events: readonly TimelineEvent[]): Record<FilterKind, FilterGroup[]> {
  const groups = new Map<string, { ref: FilterRef; events: TimelineEvent[] }>();
  for (const event of events) {
    for (const ref of filtersOf(event)) {
      const key = `${ref.kind}/${ref.slug}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { ref, events: [event] });
      else if (group.ref.name !== ref.name) {
        throw new Error(`The places "${group.ref.name}" and "${ref.name}" share the slug "${ref.slug}"`);
      } else if (!group.events.includes(event)) group.events.push(event);
    }
  }
  const result: Record<FilterKind, FilterGroup[]> = { actor: [], place: [], topic: [] };
  for (const { ref, events: list } of groups.values()) result[ref.kind].push({ ...ref, events: list });
  for (const list of Object.values(result)) {
    list.sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  }
  return result;
}

export function folderOf(kind: FilterKind): string {
  const found = FILTER_KINDS.find((k) => k.kind === kind);
  if (!found) throw new Error(`Unknown filter kind "${kind}"`);
  return found.folder;
}

/** The value of an entry's `data-actor` / `data-place` / `data-topic` attribute: slugs, space-separated. */
export function filterAttributes(event: TimelineEvent): Record<`data-${FilterKind}`, string> {
  const refs = filtersOf(event);
  const of = (kind: FilterKind) =>
    refs
      .filter((r) => r.kind === kind)
      .map((r) => r.slug)
      .join(' ');
  return { 'data-actor': of('actor'), 'data-place': of('place'), 'data-topic': of('topic') };
}

/** A topic's name inside a sentence: "The offensive" → "the offensive"; "IS detainees" keeps its capitals. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The heading of a filtered timeline: "Events involving Turkey", "Events in Ain Issa", "Events about diplomacy". */
export function filterTitle(ref: FilterRef): string {
  switch (ref.kind) {
    case 'actor':
      return `Events involving ${ref.name.replace(/^The /, 'the ')}`;
    case 'place':
      return `Events in ${ref.name}`;
    case 'topic':
      return `Events about ${inSentence(ref.name)}`;
  }
}
