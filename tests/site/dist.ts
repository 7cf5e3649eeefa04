/** Reading the built site in `dist/` (or `DIST_DIR`) for the checks on built files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.DIST_DIR ?? 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run "npm run build" before the site tests`);
  }
}

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => relative(DIST, join(dir, file)))
    .sort();
}

export function readPage(file: string): HTMLElement {
  return parse(readFileSync(join(DIST, file), 'utf8'));
}

export function pageText(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}
