/**
 * A route's pages, made one at a time. Astro asks every route for its paths before it
 * renders any page, and keeps what they return until the build ends: at 10,000 events,
 * holding each page's view model there (and in the lists that made them) kept all
 * 76,000 pages' data alive at once. So a route's paths carry only the page's place in its
 * list, and the page's view model is made again as the page renders (`pathAt`).
 */

/** The pages of one route, each made when asked for. */
export interface PageList<Page> {
  readonly length: number;
  /** The page at `index`, made anew (or taken from a list that holds them). */
  at(index: number): Page;
}

/** A page for each item, made when asked for from that item alone (and what `page` holds). */
export function eachOf<Item, Page>(items: readonly Item[], page: (item: Item, index: number) => Page): PageList<Page> {
  return { length: items.length, at: (index) => page(item(items, index), index) };
}

/** Pages already made, as a list. */
export function listOf<Page>(pages: readonly Page[]): PageList<Page> {
  return { length: pages.length, at: (index) => item(pages, index) };
}

/** Each page of `list` turned into another thing (a route's path, from its view model). */
export function mapList<Page, To>(list: PageList<Page>, to: (page: Page, index: number) => To): PageList<To> {
  return { length: list.length, at: (index) => to(list.at(index), index) };
}

/** The pages of `list` that pass `keep` (which reads each page once, here). */
export function filterList<Page>(list: PageList<Page>, keep: (page: Page) => boolean): PageList<Page> {
  const kept: number[] = [];
  for (let index = 0; index < list.length; index++) if (keep(list.at(index))) kept.push(index);
  return { length: kept.length, at: (index) => list.at(item(kept, index)) };
}

function item<T>(items: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length)
    throw new RangeError(`page ${index} of a list of ${items.length}`);
  return items[index]!;
}

interface StaticPath {
  readonly params: Record<string, string | number | undefined>;
  readonly props: object;
}

/**
 * The path at `index`, checked against the params Astro matched it by: a list made again
 * at render must give the page the same place it had when Astro asked for the paths.
 */
export function pathAt<Path extends StaticPath>(
  list: PageList<Path>,
  index: number,
  params: Record<string, string | undefined>,
): Path {
  const path = list.at(index);
  const names = new Set([...Object.keys(path.params), ...Object.keys(params)]);
  for (const name of names) {
    const want = path.params[name];
    if ((want === undefined ? undefined : String(want)) !== params[name])
      throw new Error(
        `page ${index}: the list now gives ${name} = ${JSON.stringify(want)}, Astro matched ${JSON.stringify(params[name])}`,
      );
  }
  return path;
}

/** How many lists `one` remembers: a route's list and the list it is made from. */
const HELD = 2;
const held: { readonly owner: object; readonly value: unknown }[] = [];

/**
 * `make`, remembered while it is among the last two asked for: the lists of pages are made
 * for one route at a time (Astro asks every route for its paths in turn, then renders the
 * pages of each route in turn), so the list a route is using stays while it uses it, and
 * those it used before can be collected. A route's list made from another `one` (a list of
 * view models) holds both.
 */
export function one<T>(make: () => T): () => T {
  const owner = {};
  return () => {
    const at = held.findIndex((entry) => entry.owner === owner);
    if (at >= 0) {
      const [entry] = held.splice(at, 1);
      held.unshift(entry!);
      return entry!.value as T;
    }
    const value = make();
    held.unshift({ owner, value });
    held.length = Math.min(held.length, HELD);
    return value;
  };
}
