/** The pages that moved, from `content/redirects.yaml`, each with where it ends up. */
import { contentDir } from '../lib/content/load.ts';
import { readPermalinkFiles } from '../lib/site/site-check.ts';
import { followMoved, followRedirects, withEmbedRedirects } from '../lib/site/permalinks.ts';

export interface MovedPage {
  /** The old page path under the base: `events/old-id/`. */
  readonly from: string;
  /** The page it leads to, after every redirect: `events/new-id/`. */
  readonly to: string;
}

/**
 * Every declared redirect, and every published page inside a moved folder (a claim's page
 * under its renamed event), each with where it leads.
 */
export function movedPages(dir = contentDir()): MovedPage[] {
  const { redirects: declaredRedirects, locked = [] } = readPermalinkFiles(dir);
  const redirects = withEmbedRedirects(declaredRedirects);
  // The content check has already refused loops and targets that are not pages.
  const declared = [...redirects.keys()].map((from) => ({ from, to: followMovedTarget(from, redirects) }));
  const inside = locked
    .filter((url) => !url.includes('#') && !redirects.has(url))
    .flatMap((from) => {
      const to = followMoved(from, redirects);
      return to !== undefined && to !== from ? [{ from, to }] : [];
    });
  return [...declared, ...inside];
}

/** Where a declared redirect lands: its target, followed again where the target's folder moved since. */
function followMovedTarget(from: string, redirects: ReadonlyMap<string, string>): string {
  const to = followRedirects(from, redirects);
  return to === undefined ? from : (followMoved(to, redirects) ?? to);
}
