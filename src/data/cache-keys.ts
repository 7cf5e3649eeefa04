/**
 * Every route's paths carry a cache key, so an incremental build renders again only the
 * pages whose view model changed (src/lib/site/cache-key.ts). A route adds it in one line:
 * `getStaticPaths = async () => keyed(paths)`.
 */
import { cacheKey } from '../lib/site/cache-key.ts';
import { site } from './timeline.ts';

interface StaticPath {
  readonly params: Record<string, string | number | undefined>;
  readonly props?: unknown;
}

/**
 * Each path with the digest of its params and props, and of `site`: some routes read it
 * beside their props (the preview images, the oEmbed answers, the moved pages), and its
 * description and sources count the articles, which Astro's hash of the code does not see.
 * `links` needs no place in the key: it is made from `SITE_URL` and `BASE_PATH`, which are
 * the config's `site` and `base`, and a change to the config renders every page again.
 */
export function keyed<Path extends StaticPath>(paths: readonly Path[]): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: cacheKey(site, path.params, path.props) }));
}
