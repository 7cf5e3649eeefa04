/**
 * The files that guard the published site. Without the alias table, speakers are made up
 * from the articles' raw words and inferred attributions read as certain; without the
 * place positions, no map; without the permalink lock, removing an event breaks its
 * published URLs without a word. So in the site's own content folder each must be there,
 * under its own name, and not empty: a fixture or a benchmark (`CONTENT_DIR`) may leave
 * them out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../content/errors.ts';
import { LOCK_FILE, parseLock } from './permalinks.ts';

interface RequiredFile {
  readonly name: string;
  /** What it is, as a message names it. */
  readonly what: string;
  /** Whether the text holds nothing the site could read from it. */
  readonly empty: (text: string) => boolean;
  /** How to get it back. */
  readonly fix: string;
}

/** YAML with nothing but comments, blank lines, `[]` or `{}`. */
const emptyYaml = (text: string) => /^(\s|#.*)*(\[\s*\]|\{\s*\}|null|~)?(\s|#.*)*$/.test(text.replace(/^\uFEFF/, ''));

export const REQUIRED_FILES: readonly RequiredFile[] = [
  {
    name: 'people.yaml',
    what: 'the alias table',
    empty: emptyYaml,
    fix: 'every speaker is named through it: restore it (git checkout -- <file>)',
  },
  {
    name: 'places.yaml',
    what: 'the place positions',
    empty: emptyYaml,
    fix: 'the locator maps are drawn from it: restore it (git checkout -- <file>)',
  },
  {
    name: LOCK_FILE,
    what: 'the permalink lock',
    empty: (text) => parseLock(text).length === 0,
    fix: 'it keeps every published URL resolving: restore it (git checkout -- <file>); a new site makes its first with `npm run permalinks -- --new`',
  },
];

/** The names of the required files, all of them: what the site's own content folder needs. */
export const ALL_REQUIRED = REQUIRED_FILES.map((file) => file.name);

/** A message for each of the named required files that is missing, not a file, or empty. */
export function requiredFileErrors(dir: string, names: readonly string[], cwd = process.cwd()): ContentError[] {
  return REQUIRED_FILES.filter((file) => names.includes(file.name)).flatMap((file) => {
    const path = join(dir, file.name);
    const shown = relative(cwd, path) || path;
    const problem = !existsSync(path)
      ? 'is missing'
      : !statSync(path).isFile()
        ? 'is not a file'
        : file.empty(readFileSync(path, 'utf8'))
          ? 'is empty'
          : undefined;
    return problem
      ? [new ContentError(shown, '(file)', `${file.what} ${shown} ${problem}: ${file.fix.replace('<file>', shown)}`)]
      : [];
  });
}
