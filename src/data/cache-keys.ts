/**
 * Every route's paths carry a cache key, so an incremental build renders again only the
 * pages whose view model changed (src/lib/site/cache-key.ts). A route adds it in one line:
 * `getStaticPaths = async () => keyed(paths)`, or, for a route of src/data/routes.ts,
 * `keyedAt(await routes())`, with `propsAt(routes(), Astro)` as the page renders.
 */
import { cacheKey } from '../lib/site/cache-key.ts';
import { pathAt, type PageList } from '../lib/view/page-list.ts';
import { site } from './timeline.ts';

interface StaticPath {
  readonly params: Record<string, string | number | undefined>;
  readonly props?: unknown;
}

/**
 * The digest of a path's params and props, and of `site`: some routes read it beside their
 * props (the preview images, the oEmbed answers, the moved pages), and its description and
 * sources count the articles, which Astro's hash of the code does not see. `links` needs no
 * place in the key: it is made from `SITE_URL` and `BASE_PATH`, which are the config's
 * `site` and `base`, and a change to the config renders every page again.
 */
const keyOf = (path: StaticPath) => cacheKey(site, path.params, path.props);

/** Each path with its cache key. */
export function keyed<Path extends StaticPath>(paths: readonly Path[]): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: keyOf(path) }));
}

/**
 * Each path of `list` with its cache key, its props replaced by its place in the list: the
 * props are made one path at a time and dropped once digested.
 */
export function keyedAt<Path extends StaticPath & { readonly props: object }>(
  list: PageList<Path>,
): { params: Path['params']; props: { at: number }; cacheKey: string }[] {
  return Array.from({ length: list.length }, (_, at) => {
    const path = list.at(at);
    return { params: path.params, props: { at }, cacheKey: keyOf(path) };
  });
}

/** The props of the page Astro is rendering, made again from its place in `list` (see `keyedAt`). */
export async function propsAt<Path extends StaticPath & { readonly props: object }>(
  list: Promise<PageList<Path>>,
  astro: { readonly props: Record<string, unknown>; readonly params: Record<string, string | undefined> },
): Promise<Path['props']> {
  const { at } = astro.props;
  if (typeof at !== 'number') throw new TypeError(`a page of a listed route rendered without its place (props.at)`);
  return pathAt(await list, at, astro.params).props;
}
