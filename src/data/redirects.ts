/** The pages that moved, from `content/redirects.yaml`, each with where it ends up. */
import { contentDir } from '../lib/content/load.ts';
import { readPermalinkFiles } from '../lib/content/permalinks-load.ts';
import { followRedirects, withEmbedRedirects } from '../lib/site/permalinks.ts';

export interface MovedPage {
  /** The old page path under the base: `events/old-id/`. */
  readonly from: string;
  /** The page it leads to, after every redirect: `events/new-id/`. */
  readonly to: string;
}

export function movedPages(dir = contentDir()): MovedPage[] {
  const redirects = withEmbedRedirects(readPermalinkFiles(dir).redirects);
  // The content check has already refused loops and targets that are not pages.
  return [...redirects.keys()].map((from) => ({ from, to: followRedirects(from, redirects) ?? from }));
}
