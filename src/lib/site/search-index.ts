/**
 * The search index, its parts, and the index in a kept output folder
 * (src/integrations/kept-output.ts). Pagefind
 * writes its index over the last one: a file named by its content's hash that is already
 * there is left as it is (at 10,000 events nearly all of 62,000 after an edit), every other
 * file is written again. What is left of the last index is then what this one neither wrote
 * nor names: removed here, the folder holds exactly what indexing into an empty folder would
 * (tests/build/incremental.test.ts).
 *
 * What an index names: `pagefind-entry.json` gives each language's meta file
 * (`pagefind.en_9e14f21364.pf_meta`), which, after gzip and a signature, is CBOR holding the
 * hash of every page's fragment and of every index and filter chunk (`en_013eebd`, the
 * name of `fragment/en_013eebd.pf_fragment`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { removeStaleFiles } from './stale-files.ts';
import { SEARCH_FOLDER, SEARCH_PARTS } from './urls.ts';

/** One Pagefind run: the pages `glob` finds in the built site, indexed into `folder` below it. */
export interface SearchPart {
  readonly folder: string;
  readonly glob: string;
}

/** The pages of each part besides the primary one, as globs below the built site. */
const PART_GLOBS: Record<(typeof SEARCH_PARTS)[number], readonly string[]> = {
  claims: ['claims/**/*.html', 'events/*/claims/**/*.html'],
  articles: ['articles/**/*.html'],
};

/**
 * The search index in parts, each made by a Pagefind run of its own, one after the other:
 * Pagefind holds every page it indexes in memory until it has written the index (3.8 GB
 * for the 62,000 pages of 10,000 events), so a run holds only its part. The search page
 * merges them again (`mergeIndex`, src/scripts/search.ts). The claims part holds every
 * claim page and the measures under `claims/` (at 10,000 events 42,000 pages), the articles
 * part every page under `articles/`, and the primary index, in `SEARCH_FOLDER` itself,
 * every other page: the event pages and the lists. Each part has a list page at least
 * (`claims/`, `articles/`), so none is ever empty. `topFolders` are the site's top-level
 * folders; what is not a page in them is not indexed (it has no `data-pagefind-body`).
 */
export function searchParts(topFolders: readonly string[]): SearchPart[] {
  const inParts = new Set(Object.values(PART_GLOBS).flatMap((globs) => globs.map((glob) => glob.split('/')[0]!)));
  const primary = [
    '*.html',
    'events/*/index.html',
    ...topFolders
      .filter((folder) => folder !== SEARCH_FOLDER && folder !== 'events' && !inParts.has(folder))
      .map((folder) => `${folder}/**/*.html`),
  ];
  const glob = (globs: readonly string[]) => (globs.length === 1 ? globs[0]! : `{${globs.join(',')}}`);
  return [
    { folder: SEARCH_FOLDER, glob: glob(primary) },
    ...SEARCH_PARTS.map((part) => ({ folder: `${SEARCH_FOLDER}/${part}`, glob: glob(PART_GLOBS[part]) })),
  ];
}

/** The top-level folders of a built site, sorted, but hidden ones (Astro's `.prerender` while it builds). */
export const topFolders = (site: string): string[] =>
  readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();

const SIGNATURE = 'pagefind_dcd';

interface Entry {
  readonly languages: Record<string, { readonly hash: string }>;
}

/** Every text string in a CBOR value, in order. */
export function cborTexts(bytes: Uint8Array): string[] {
  const texts: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    if (size > 8) throw new Error(`CBOR: length code ${info} at byte ${at}`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): void => {
    if (at >= bytes.byteLength) throw new Error('CBOR: ends inside a value');
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const info = initial & 31;
    if (info === 31) throw new Error('CBOR: indefinite lengths are not read');
    const n = argument(info);
    if (major === 2) at += n;
    else if (major === 3) {
      texts.push(decoder.decode(bytes.subarray(at, at + n)));
      at += n;
    } else if (major === 4) for (let i = 0; i < n; i++) item();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) item();
    else if (major === 6) item();
  };
  item();
  return texts;
}

/** The hashes the index in `folder` names: its meta files' and every chunk's and fragment's. */
export function namedHashes(folder: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as Entry;
  const hashes = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    hashes.add(hash);
    const meta = gunzipSync(readFileSync(join(folder, `pagefind.${hash}.pf_meta`)));
    const signature = meta.subarray(0, SIGNATURE.length).toString('latin1');
    if (signature !== SIGNATURE) throw new Error(`pagefind.${hash}.pf_meta: no "${SIGNATURE}" signature`);
    for (const text of cborTexts(meta.subarray(SIGNATURE.length))) hashes.add(text);
  }
  return hashes;
}

/** `fragment/en_013eebd.pf_fragment` is named by `en_013eebd`; `pagefind.en_9e.pf_meta` by `en_9e`. */
const hashOf = (file: string) =>
  basename(file)
    .replace(/^pagefind\./, '')
    .replace(/\.pf_[a-z]+$/, '');

/**
 * Removes every file under `folder` that was modified before `startedMs` (the file system's
 * time as Pagefind started) and that the index does not name, then the folders left empty
 * (`removeStaleFiles`), leaving alone the folders `keep` names at its top (the other parts'
 * indexes). Returns how many files it removed.
 */
export function sweepSearchIndex(folder: string, startedMs: number, keep: ReadonlySet<string> = new Set()): number {
  const named = namedHashes(folder);
  return removeStaleFiles(folder, { startedMs, owns: (path) => named.has(hashOf(path)) }, keep).length;
}
