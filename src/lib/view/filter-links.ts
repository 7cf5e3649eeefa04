/**
 * The links to filtered timelines, as every page shows them, all from `FILTER_KINDS`: the
 * menu of every filter ("Browse by who, where and what"), the links a timeline entry
 * carries, and the facts of an event page ("Place", "Who", "What").
 */
import { FILTER_KINDS, type FilterKindDeclaration, type FilterKindGroups } from '../model/filters.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import type { Links } from '../site/urls.ts';

/** A link that the filter script can also apply in place on the index. */
export interface FilterLinkView {
  readonly name: string;
  readonly href: string;
  readonly kind: string;
  readonly slug: string;
  /** "Events in Ain Issa": the filter's status line. */
  readonly title: string;
}

export interface FilterNavView {
  readonly kinds: readonly {
    readonly kind: string;
    readonly label: string;
    /** Open where the page is one of its filters. */
    readonly open: boolean;
    readonly groups: readonly (FilterLinkView & { readonly count: number; readonly current: boolean })[];
  }[];
}

/** The "Browse by who, where and what" links; the current page's filter, if any, open and marked. */
export function filterNav(
  grouped: readonly FilterKindGroups[],
  links: Links,
  current?: { readonly kind: string; readonly slug: string },
): FilterNavView {
  return {
    kinds: grouped.map(({ declaration, groups }) => ({
      kind: declaration.kind,
      label: declaration.label,
      open: current?.kind === declaration.kind,
      groups: groups.map((group) => ({
        name: group.name,
        href: links.filter(declaration.folder, group.slug),
        kind: declaration.kind,
        slug: group.slug,
        title: declaration.title(group.name),
        count: group.events.length,
        current: current?.kind === declaration.kind && current.slug === group.slug,
      })),
    })),
  };
}

/** The filter links a timeline entry shows (its place), with what the in-place filter reads. */
export function entryFilterLinks(
  event: TimelineEvent,
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FilterLinkView[] {
  return kinds
    .filter((declaration) => declaration.inEntry)
    .flatMap((declaration) =>
      declaration.valuesOf(event).map((value) => ({
        name: value.name,
        href: links.filter(declaration.folder, value.slug),
        kind: declaration.kind,
        slug: value.slug,
        title: declaration.title(value.name),
      })),
    );
}

/** An event's filters as its page lists them, each kind with its links, in the kinds' `fact` order. */
export function eventFilterFacts(
  event: TimelineEvent,
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): { readonly label: string; readonly links: readonly { readonly text: string; readonly href: string }[] }[] {
  return [...kinds]
    .sort((a, b) => a.fact.rank - b.fact.rank)
    .map((declaration) => ({
      label: declaration.fact.label,
      links: declaration
        .valuesOf(event)
        .map((value) => ({ text: value.name, href: links.filter(declaration.folder, value.slug) })),
    }))
    .filter((fact) => fact.links.length > 0);
}
