/**
 * A reader who cuts an address back to its folder lands on a page: every folder of the
 * site's pages (`/events/`, `/actors/`, `/topics/`, `/places/`…) is a page of the build that
 * links to each page directly under it. (Issue 32: `/events/` was a 404.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, requireDist } from './dist.ts';
import { builtBase, sitePages } from '../browser/site-pages.ts';

/** Each first-level folder of the listed pages, with the pages right under it. */
function folders(): Map<string, string[]> {
  const byFolder = new Map<string, string[]>();
  for (const page of sitePages()) {
    const parts = page.split('/').filter(Boolean);
    if (parts.length !== 2 || !page.endsWith('/')) continue;
    const folder = `${parts[0]}/`;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), page]);
  }
  return byFolder;
}

describe('the folders of the site’s pages', () => {
  beforeAll(requireDist);

  it('include the event, actor and topic folders', () => {
    expect([...folders().keys()]).toEqual(expect.arrayContaining(['events/', 'actors/', 'topics/', 'places/']));
  });

  it('are each a page that links every page directly under it', () => {
    const base = builtBase();
    for (const [folder, pages] of folders()) {
      const file = join(folder, 'index.html');
      expect(existsSync(join(DIST, file)), `${folder} is a page`).toBe(true);
      const hrefs = new Set(
        readPage(file)
          .querySelectorAll('main a[href]')
          .map((a) => a.getAttribute('href')),
      );
      const unlinked = pages.filter((page) => !hrefs.has(`${base}${page}`));
      expect(unlinked, `pages under ${folder} its page does not link`).toEqual([]);
    }
  });
});
