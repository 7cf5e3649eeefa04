/** The HTML files of a build, the one list every check of built pages walks. */
import { readdirSync } from 'node:fs';

/** Every HTML file under `dir` but Pagefind's, as sorted paths relative to it: `events/x/index.html`. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/** A page's path under the base from its file: `events/x/index.html` is `events/x/`. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
