/** Reading the built site in `dist/` (or `DIST_DIR`) for the checks on built files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles } from '../support/built-pages.ts';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.DIST_DIR ?? 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run "npm run build" before the site tests`);
  }
}

/**
 * Every HTML page of the build, relative to it, but the small pages that only forward a moved
 * address to its new page (src/pages/[...moved].astro; `movedFiles`), which the redirect
 * tests read.
 */
export function htmlFiles(): string[] {
  const moved = new Set(movedFiles());
  return builtHtmlFiles(DIST).filter((file) => !moved.has(file));
}

/** The pages that forward a moved address: each links its new page with `data-moved-to`. */
export function movedFiles(): string[] {
  return builtHtmlFiles(DIST).filter((file) => pageText(file).includes('data-moved-to'));
}

export function readPage(file: string): HTMLElement {
  return parse(readFileSync(join(DIST, file), 'utf8'));
}

export function pageText(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}
