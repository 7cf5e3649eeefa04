/**
 * Filters: the events grouped by actor, by place and by topic. Each kind is declared once
 * in `FILTER_KINDS`; from that declaration come its static pages (`/actors/turkey/`, one
 * dynamic route for every kind), the filter the index applies in place (`/?actor=turkey`),
 * the entries' `data-actor` attributes and the event page's "Place", "Who" and "What".
 * Adding a kind is one more declaration, plus the names of its keys in `vocabulary.ts`.
 */
import type { TimelineEvent } from './timeline.ts';
import { actorName, placeSlug, topicName } from './vocabulary.ts';

/** One value of a filter kind that an event has: its URL slug and the name pages show. */
export interface FilterValue {
  readonly slug: string;
  readonly name: string;
}

export interface FilterKindDeclaration<Kind extends string = string> {
  /** The key: the query parameter (`?actor=`) and the data attribute (`data-actor`). */
  readonly kind: Kind;
  /** The folder of its pages: `actors` for `/actors/<slug>/`. */
  readonly folder: string;
  /** Its heading in the filter menu: "Who". */
  readonly label: string;
  /** How an event page's facts name it ("Place"), and its place among them, lowest first. */
  readonly fact: { readonly label: string; readonly rank: number };
  /** The values an event has, in the order the content gives them. */
  readonly valuesOf: (event: TimelineEvent) => readonly FilterValue[];
  /** The heading of a filtered timeline: "Events involving Turkey". */
  readonly title: (name: string) => string;
  /** Whether a timeline entry links its values (the place), besides carrying them as data. */
  readonly inEntry: boolean;
  /**
   * Whether its folder's index is a page of its own (`/places/`, with the map); the others get
   * the plain list of `src/lib/view/folder-index.ts` (`/actors/`). Filter pages link either.
   */
  readonly hasIndex: boolean;
}

/** A topic's name inside a sentence: "The offensive" → "the offensive"; "IS detainees" keeps its capitals. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The kinds, in the order the site shows them. */
export const FILTER_KINDS = [
  {
    kind: 'actor',
    folder: 'actors',
    label: 'Who',
    fact: { label: 'Who', rank: 1 },
    valuesOf: (event) => event.actors.map((key) => ({ slug: key, name: actorName(key) })),
    title: (name) => `Events involving ${name.replace(/^The /, 'the ')}`,
    inEntry: false,
    hasIndex: false,
  },
  {
    kind: 'place',
    folder: 'places',
    label: 'Where',
    fact: { label: 'Place', rank: 0 },
    valuesOf: (event) => (event.place ? [{ slug: placeSlug(event.place), name: event.place }] : []),
    title: (name) => `Events in ${name}`,
    inEntry: true,
    hasIndex: true,
  },
  {
    kind: 'topic',
    folder: 'topics',
    label: 'What',
    fact: { label: 'What', rank: 2 },
    valuesOf: (event) => event.topics.map((key) => ({ slug: key, name: topicName(key) })),
    title: (name) => `Events about ${inSentence(name)}`,
    inEntry: false,
    hasIndex: false,
  },
] as const satisfies readonly FilterKindDeclaration[];

export type FilterKind = (typeof FILTER_KINDS)[number]['kind'];

export interface FilterRef extends FilterValue {
  readonly kind: string;
}

export interface FilterGroup extends FilterRef {
  /** The group's events, in timeline order. */
  readonly events: readonly TimelineEvent[];
}

/** The filters an event belongs to, kind by kind. */
export function filtersOf(event: TimelineEvent, kinds: readonly FilterKindDeclaration[] = FILTER_KINDS): FilterRef[] {
  return kinds.flatMap(({ kind, valuesOf }) => valuesOf(event).map((value) => ({ kind, ...value })));
}

/** Every filter of one kind with at least one event, with its events. */
export interface FilterKindGroups {
  readonly declaration: FilterKindDeclaration;
  readonly groups: readonly FilterGroup[];
}

/**
 * Every filter with at least one event, grouped by kind; within a kind the busiest first,
 * then by name. Two places that give the same slug would share a page, so that is an error.
 */
export function groupFilters(
  events: readonly TimelineEvent[],
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FilterKindGroups[] {
  const groups = new Map<string, { ref: FilterRef; events: TimelineEvent[] }>();
  for (const event of events) {
    for (const ref of filtersOf(event, kinds)) {
      const key = `${ref.kind}/${ref.slug}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { ref, events: [event] });
      else if (group.ref.name !== ref.name) {
        throw new Error(`The ${ref.kind} values "${group.ref.name}" and "${ref.name}" share the slug "${ref.slug}"`);
      } else if (!group.events.includes(event)) group.events.push(event);
    }
  }
  const all = [...groups.values()].map(({ ref, events: list }) => ({ ...ref, events: list }));
  return kinds.map((declaration) => ({
    declaration,
    groups: all
      .filter((group) => group.kind === declaration.kind)
      .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name)),
  }));
}

export function declarationOf(
  kind: string,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FilterKindDeclaration {
  const found = kinds.find((k) => k.kind === kind);
  if (!found) throw new Error(`Unknown filter kind "${kind}"`);
  return found;
}

/** The heading of a filtered timeline: "Events involving Turkey", "Events in Ain Issa", "Events about diplomacy". */
export function filterTitle(ref: FilterRef, kinds: readonly FilterKindDeclaration[] = FILTER_KINDS): string {
  return declarationOf(ref.kind, kinds).title(ref.name);
}

/** An entry's `data-actor`, `data-place`, `data-topic`…: its slugs of each kind, space-separated. */
export function filterAttributes(
  event: TimelineEvent,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): Record<`data-${string}`, string> {
  return Object.fromEntries(
    kinds.map(({ kind, valuesOf }) => [
      `data-${kind}`,
      valuesOf(event)
        .map((v) => v.slug)
        .join(' '),
    ]),
  );
}
