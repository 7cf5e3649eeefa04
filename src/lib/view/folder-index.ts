/**
 * The pages at the top of a folder that has pages under it: `/events/` lists every event,
 * `/actors/` and `/topics/` every value of their kind with its events counted. `/places/`
 * has its own page, with the map (`places-page.ts`). A reader who cuts an address back to
 * its folder lands on a page, never a 404.
 */
import { yearOf, type PartialDate } from '../content/dates.ts';
import { FILTER_KINDS, groupFilters, type FilterKindDeclaration } from '../model/filters.ts';
import { plural } from '../model/labels.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import { paths, type Links } from '../site/urls.ts';
import { fitsOnePage, PAGE_LIMITS } from './split.ts';
import type { SplitEvents } from './timeline-split.ts';

export interface FolderIndexLink {
  readonly text: string;
  readonly href: string;
  /** "7 events". */
  readonly count?: string;
  readonly date?: { readonly date: PartialDate; readonly certainty: 'known' | 'probable' };
}

export interface FolderIndexView {
  readonly folder: string;
  /** The page's path under the base. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly lede: string;
  readonly groups: readonly { readonly heading: string | undefined; readonly links: readonly FolderIndexLink[] }[];
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Events named on one page past which `/events/` lists the timeline's periods instead. */
const EVENT_LINKS = PAGE_LIMITS.entries * 4;

/** `/events/`: every event by year, each with its date; where they are too many, the timeline's periods. */
export function eventsIndex(events: readonly TimelineEvent[], split: SplitEvents, links: Links): FolderIndexView {
  const count = plural(events.length, 'event');
  const base = {
    folder: 'events',
    path: paths.events(),
    title: 'Events',
    description: `Every event of the US withdrawal from Syria in this timeline: ${count}.`,
  };
  if (!fitsOnePage(events.length, EVENT_LINKS)) {
    return {
      ...base,
      lede: `${count}, too many to name on one page: each period of the timeline lists its own.`,
      groups: [
        {
          heading: undefined,
          links: split.root.children.map((part) => ({
            text: part.label,
            href: links.href(split.parts.find((p) => p.part === part)!.path),
            count: plural(part.count, 'event'),
          })),
        },
      ],
    };
  }
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = String(yearOf(event.date));
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return {
    ...base,
    lede: `${count}, oldest first. Each has its own page, with every claim the articles make about it.`,
    groups: [...years].map(([year, list]) => ({
      heading: year,
      links: list.map((event) => ({
        text: event.title,
        href: links.event(event.id),
        date: { date: event.date, certainty: event.dateCertainty },
      })),
    })),
  };
}

/** `/actors/`, `/topics/`: every value of the kind, the busiest first, linking to its filtered timeline. */
export function kindIndexes(
  events: readonly TimelineEvent[],
  links: Links,
  kinds: readonly FilterKindDeclaration[] = FILTER_KINDS,
): FolderIndexView[] {
  return groupFilters(events, kinds)
    .filter(({ declaration }) => !declaration.hasIndex)
    .map(({ declaration, groups }) => ({
      folder: declaration.folder,
      path: paths.filters(declaration.folder),
      title: capitalised(declaration.folder),
      description: `${capitalised(declaration.folder)} of the US withdrawal from Syria, each with its events.`,
      lede: `${plural(groups.length, declaration.kind)}, the one with most events first. Each links to its events in timeline order.`,
      groups: [
        {
          heading: undefined,
          links: groups.map((group) => ({
            text: group.name,
            href: links.filter(declaration.folder, group.slug),
            count: plural(group.events.length, 'event'),
          })),
        },
      ],
    }));
}
