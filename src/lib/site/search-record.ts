/**
 * Which parts of the search index a rebuild need not make again. Pagefind reads every page of
 * its part each time it runs (at 10,000 events about 20 s for the claims part, whose 42,000
 * pages an article's new paragraph does not change), and gives the same index for the same pages:
 * a part whose pages are all as its last run read them, run with the same command, keeps the
 * index that run wrote.
 *
 * What each part's last run read is recorded beside Astro's cache (`node_modules/.astro/`,
 * which the deploy keeps with the output folder and a cold build deletes): the command, every
 * page it found with its size, modification time and SHA-256, and the files of the index it
 * left. A record that cannot be read counts as none: every part is made. A page whose size and
 * time are as recorded is taken as recorded, as the kept output folder trusts a page its
 * last build wrote (src/integrations/kept-output.ts); any other is read and hashed again, so
 * a page written again with the same bytes leaves its part as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { sweepSearchIndex, type SearchPart } from './search-index.ts';
import { fileSystemNow } from './stale-files.ts';

/** A page as a run found it: size, modification time (ns), SHA-256 of its bytes. */
type Stamp = readonly [size: number, mtimeNs: string, sha256: string];

export interface PartRun {
  /** Everything that decides what the run writes, but the pages: its arguments, Pagefind's version. */
  readonly command: string;
  readonly pages: Readonly<Record<string, Stamp>>;
  /** The files of its index once swept, below its folder (not those of the parts inside it). */
  readonly files: readonly string[];
}

/** Each part's last run, by the part's folder. */
type SearchRecord = Readonly<Record<string, PartRun>>;

/** The record of the search index in `site`, one per output folder. */
export function recordFile(root: string, site: string): string {
  const name = createHash('sha256').update(resolve(site)).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.astro', 'search-parts', `${name}.json`);
}

const isRun = (run: unknown): run is PartRun =>
  typeof run === 'object' &&
  run !== null &&
  typeof (run as PartRun).command === 'string' &&
  typeof (run as PartRun).pages === 'object' &&
  Array.isArray((run as PartRun).files);

function readRecord(file: string): SearchRecord {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(record).filter(([, run]) => isRun(run))) as SearchRecord;
  } catch {
    return {};
  }
}

function writeRecord(file: string, record: SearchRecord): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(record));
}

/** A path below a folder, with `/` between its folders on every system. */
const slashed = (path: string) => path.split(sep).join('/');

/** The pages of `part` in `site` (every file its glob finds, as Pagefind's does), sorted. */
export const partPages = (site: string, part: SearchPart): string[] =>
  globSync(part.glob, { cwd: site })
    .filter((page) => statSync(join(site, page), { throwIfNoEntry: false })?.isFile())
    .map(slashed)
    .sort();

/** Every page of `part` as it is now; hashed again only where its size or time differ from `last`. */
function stampPages(site: string, part: SearchPart, last: PartRun['pages'] = {}): Record<string, Stamp> {
  const stamps: Record<string, Stamp> = {};
  for (const page of partPages(site, part)) {
    const path = join(site, page);
    const { size, mtimeNs } = statSync(path, { bigint: true });
    const was = last[page];
    stamps[page] =
      was && was[0] === Number(size) && was[1] === String(mtimeNs)
        ? was
        : [Number(size), String(mtimeNs), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }
  return stamps;
}

/** The files of the index in `folder`, but those of the parts in the folders `inside` names, sorted. */
function indexFiles(folder: string, inside: ReadonlySet<string>): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => slashed(relative(folder, join(entry.parentPath, entry.name))))
    .filter((file) => !inside.has(file.split('/')[0]!))
    .sort();
}

/** Whether every file the last run's index had is still in `folder` (an index cut short is made again). */
function indexWhole(folder: string, files: readonly string[]): boolean {
  return files.length > 0 && files.every((file) => existsSync(join(folder, file)));
}

/**
 * Why `run` is not the run `last` recorded (another command, pages changed, added or
 * removed), or `undefined` where it is: the same command, and the same pages byte for byte.
 */
function changeFrom(run: Omit<PartRun, 'files'>, last: PartRun | undefined): string | undefined {
  if (!last) return 'no record of its last run';
  if (last.command !== run.command) return 'another command or Pagefind';
  const pages = Object.keys(run.pages);
  const changed = pages.filter((page) => last.pages[page]?.[2] !== run.pages[page]![2]).length;
  const removed = Object.keys(last.pages).filter((page) => !(page in run.pages)).length;
  if (changed === 0 && removed === 0) return undefined;
  return `${changed} of its ${pages.length} pages new or changed, ${removed} gone`;
}

export interface IndexedParts {
  /** The parts made again, each with why. */
  readonly ran: readonly { readonly folder: string; readonly why: string }[];
  readonly kept: readonly string[];
  /** How many files of the last index the parts made again left behind, and were removed. */
  readonly removed: number;
}

/**
 * Makes each part of the search index in `site` that differs from its last run's (`runPart`
 * with its arguments), keeping the others as they are, and records what each run read in
 * `recordPath`. Pagefind writes a part over its last index, leaving in place the files it
 * would write the same; what the new index neither wrote nor names is then removed
 * (`sweepSearchIndex`). A part's record is removed before it runs and written after, so a
 * run that fails or is cut short is made again next time. `version` is Pagefind's.
 */
export function indexSearchParts(
  site: string,
  parts: readonly SearchPart[],
  options: {
    readonly recordPath: string;
    readonly version: string;
    readonly argsOf: (part: SearchPart) => string[];
    readonly runPart: (args: string[]) => void;
  },
): IndexedParts {
  const last = readRecord(options.recordPath);
  const record: Record<string, PartRun> = {};
  const ran: { folder: string; why: string }[] = [];
  const kept: string[] = [];
  let removed = 0;
  for (const part of parts) {
    const args = options.argsOf(part);
    const folder = join(site, part.folder);
    // The other parts' folders below this one's (the primary index holds them).
    const inside = new Set(
      parts
        .filter((other) => other.folder.startsWith(`${part.folder}/`))
        .map((other) => other.folder.slice(part.folder.length + 1)),
    );
    const was = last[part.folder];
    const run = { command: JSON.stringify([options.version, ...args]), pages: stampPages(site, part, was?.pages) };
    const why = changeFrom(run, was) ?? (indexWhole(folder, was!.files) ? undefined : 'its index is not whole');
    if (why === undefined) {
      // Kept: only what its last run left, as an index made into this folder would be.
      const own = new Set(was!.files);
      for (const file of indexFiles(folder, inside).filter((file) => !own.has(file))) {
        rmSync(join(folder, file));
        removed++;
      }
      kept.push(part.folder);
      record[part.folder] = { ...run, files: was!.files };
    } else {
      writeRecord(options.recordPath, record);
      const startedMs = fileSystemNow(site);
      options.runPart(args);
      removed += sweepSearchIndex(folder, startedMs, inside);
      ran.push({ folder: part.folder, why });
      record[part.folder] = { ...run, files: indexFiles(folder, inside) };
    }
  }
  writeRecord(options.recordPath, record);
  return { ran, kept, removed };
}
