/**
 * What a built site weighs for a reader: its heaviest HTML page with its CSS, gzipped as
 * the page budget measures it (`tests/site/budget.ts`), how many pages pass the budget,
 * and the size of the Pagefind index a search downloads from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../src/lib/site/site.ts';
import { htmlAndCssBytes } from '../tests/site/budget.ts';
import { builtHtmlFiles } from '../tests/support/built-pages.ts';
import type { Weights } from './results.ts';

/** The page budget: HTML with its CSS, gzip (`tests/site/budget.test.ts`). */
export const PAGE_BUDGET_BYTES = 30 * 1024;

export function measureWeights(dist: string): Weights {
  const config = siteConfig();
  const site = { dist, base: config.base, origin: config.url };
  let heaviest = { page: '', gzipBytes: 0 };
  let overBudget = 0;
  for (const page of builtHtmlFiles(dist)) {
    const bytes = htmlAndCssBytes(site, page, readFileSync(join(dist, page), 'utf8'));
    if (bytes > PAGE_BUDGET_BYTES) overBudget++;
    if (bytes > heaviest.gzipBytes) heaviest = { page, gzipBytes: bytes };
  }
  const index = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(join(dist, 'pagefind', file)))
    .filter((stat) => stat.isFile());
  return {
    heaviestPage: heaviest.page,
    heaviestPageGzipBytes: heaviest.gzipBytes,
    pagesOverBudget: overBudget,
    pagefindBytes: index.reduce((sum, stat) => sum + stat.size, 0),
    pagefindFiles: index.length,
  };
}
