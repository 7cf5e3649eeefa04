/**
 * The timeline when it is too long for one page: split by `splitList` into year and month
 * pages at `/<year>/`, `/<year>/<month>/` (and numbered parts of a month). `/` then keeps
 * its lede and disputes and shows the years as a density strip; each period's page lists
 * its events with its place in time, previous and next. A timeline that fits stays on `/`.
 */
import type { TimelineEvent } from '../model/timeline.ts';
import { monthOf, yearOf, type PartialDate } from '../content/dates.ts';
import { plural } from '../model/labels.ts';
import { anchors, type Links } from '../site/urls.ts';
import {
  isSplit,
  listParts,
  PAGE_LIMITS,
  partPath,
  partsByItem,
  splitList,
  type ListPart,
  type Period,
} from './split.ts';
import { splitNav, type SplitNavView } from './split-nav.ts';
import { timelineYears, type EntryContext, type YearView } from './timeline-entries.ts';

/** Where a date is on the time axis, for the splitter. */
export function periodOf(date: PartialDate): Period {
  const month = monthOf(date);
  return { year: yearOf(date), month: month ? Number(month.key.slice(5, 7)) : undefined };
}

export interface ListPartView {
  /** The page's path under the base. */
  readonly path: string;
  /** Its route parameters after the list's own path: `2019/10`, or `undefined` for the list's first page. */
  readonly rest: string | undefined;
  readonly nav: SplitNavView;
}

export interface TimelinePartView extends ListPartView {
  readonly title: string;
  readonly description: string;
  readonly lede: string;
  readonly years: readonly YearView[];
}

/** An event list, split: its tree, the view of each page, and where each event's entry is. */
export interface SplitEvents {
  readonly root: ListPart<TimelineEvent>;
  readonly split: boolean;
  readonly parts: readonly (ListPartView & { readonly part: ListPart<TimelineEvent> })[];
  /** The path of the page that lists the event, under the base. */
  readonly pathOf: (eventId: string) => string;
}

export const countEvents = (count: number) => plural(count, 'event');

/** Splits any list of events (the timeline, a filter page) the one way the site splits lists. */
export function splitEvents(
  label: string,
  events: readonly TimelineEvent[],
  listPath: string,
  links: Links,
): SplitEvents {
  const root = splitList(label, events, { period: (event) => periodOf(event.date), limit: PAGE_LIMITS.entries });
  const navs = splitNav({ root, listPath, href: links.href, countLabel: countEvents });
  const byEvent = partsByItem(root);
  const parts = listParts(root).map((part) => ({
    part,
    path: partPath(listPath, part.segments),
    rest: part.segments.length > 0 ? part.segments.join('/') : undefined,
    nav: navs.get(part.segments.join('/'))!,
  }));
  const byId = new Map(events.map((event) => [event.id, event]));
  return {
    root,
    split: isSplit(root),
    parts,
    pathOf: (eventId) => {
      const event = byId.get(eventId);
      const part = event && byEvent.get(event);
      return partPath(listPath, part?.segments ?? []);
    },
  };
}

/** The timeline's period pages (none where the timeline fits on `/`). */
export function timelineParts(split: SplitEvents, context: EntryContext): TimelinePartView[] {
  if (!split.split) return [];
  return split.parts
    .filter(({ part }) => part.segments.length > 0)
    .map((view) => {
      const { part, nav } = view;
      const count = countEvents(part.count);
      return {
        path: view.path,
        rest: view.rest,
        nav,
        title: `${part.label}: the timeline`,
        description: `The timeline of the US withdrawal from Syria, ${part.label}: ${count}.`,
        lede: `${count} in ${part.label.replace(/, part .*/, '')}${part.items.length < part.count ? `, ${part.items.length} on this page` : ''}.`,
        years: timelineYears(part.items, context),
      };
    });
}

/** The `#…` link to an event's entry on whichever page of the timeline lists it. */
export const entryLink = (split: SplitEvents, links: Links) => (eventId: string) =>
  `${links.href(split.pathOf(eventId))}#${anchors.entry(eventId)}`;
