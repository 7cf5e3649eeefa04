/**
 * What a page of a split list shows of its place in the list: the way back up (the whole
 * list › 2019 › October 2019), previous and next in reading order, and a strip of the
 * periods beside it, each a bar as tall as its share of the entries, so the axis shows
 * where the entries are dense without listing every one. Plain links: no script needed.
 */
import { listParts, partPath, readingOrder, type ListPart } from './split.ts';

export interface PeriodLink {
  readonly label: string;
  readonly href: string;
}

/** One bar of the density strip: a period, its count, and its height in per cent of the fullest. */
export interface DensityBar extends PeriodLink {
  readonly count: number;
  readonly countLabel: string;
  readonly height: number;
  readonly current: boolean;
}

export interface SplitNavView {
  /** The way up, the list itself first; the page itself is not in it. */
  readonly crumbs: readonly PeriodLink[];
  /** The page's own label: "October 2019". */
  readonly label: string;
  readonly previous: PeriodLink | undefined;
  readonly next: PeriodLink | undefined;
  /** The periods beside this one (its parent's children), this one marked. */
  readonly axis: readonly DensityBar[];
  /** "2019, by month": what the strip is a picture of. */
  readonly axisLabel: string;
  /** The periods below this one, for a page that is an index (the whole list split by year). */
  readonly children: readonly DensityBar[];
  readonly childrenLabel: string;
}

export interface SplitNavInput<T> {
  readonly root: ListPart<T>;
  /** The list's own path under the base, `''` for the timeline, `actors/turkey/`. */
  readonly listPath: string;
  /** Puts the base in front of a path. */
  readonly href: (path: string) => string;
  /** "3 events". */
  readonly countLabel: (count: number) => string;
}

function bars<T>(
  parts: readonly ListPart<T>[],
  current: ListPart<T> | undefined,
  input: SplitNavInput<T>,
): DensityBar[] {
  const most = Math.max(1, ...parts.map((part) => part.count));
  return parts.map((part) => ({
    label: part.shortLabel,
    href: input.href(partPath(input.listPath, part.segments)),
    count: part.count,
    countLabel: input.countLabel(part.count),
    // At least a sliver, so a period with one entry is still seen.
    height: Math.max(4, Math.round((part.count / most) * 100)),
    current: part === current,
  }));
}

const levelName = (parts: readonly ListPart<unknown>[]) => (parts[0]?.segments.length === 1 ? 'year' : 'month');

/** The navigation of every page of the list, keyed by the page's segments joined with `/`. */
export function splitNav<T>(input: SplitNavInput<T>): Map<string, SplitNavView> {
  const { root } = input;
  const parents = new Map<ListPart<T>, ListPart<T>>();
  for (const part of listParts(root)) for (const child of part.children) parents.set(child, part);
  const order = readingOrder(root);
  const link = (part: ListPart<T>): PeriodLink => ({
    label: part.label,
    href: input.href(partPath(input.listPath, part.segments)),
  });
  const navs = new Map<string, SplitNavView>();
  for (const part of listParts(root)) {
    const up: ListPart<T>[] = [];
    for (let p = parents.get(part); p; p = parents.get(p)) up.unshift(p);
    const parent = parents.get(part);
    const siblings = parent?.children ?? [];
    const at = order.indexOf(part);
    navs.set(part.segments.join('/'), {
      crumbs: up.map(link),
      label: part.label,
      previous: at > 0 ? link(order[at - 1]!) : undefined,
      next: at >= 0 && at < order.length - 1 ? link(order[at + 1]!) : undefined,
      axis: bars(siblings, part, input),
      axisLabel: parent ? `${parent.label}, by ${levelName(siblings)}` : '',
      children: bars(part.children, undefined, input),
      childrenLabel: part.children.length > 0 ? `${part.label}, by ${levelName(part.children)}` : '',
    });
  }
  return navs;
}
