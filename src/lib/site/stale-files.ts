/**
 * What a build into a kept output folder leaves behind of the last one: the files it did not
 * write and does not list as its own. Removed, with the folders they leave empty, the folder
 * holds exactly what a build into an empty folder would (src/integrations/kept-output.ts).
 */
import { readdirSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Left alone, as Astro leaves it when it empties an output folder. */
export const NEVER_REMOVED: ReadonlySet<string> = new Set(['.git']);

/**
 * Now, as the file system in `dir` tells time (its clock can be a few milliseconds behind
 * `Date.now()`): every file written after this call is modified at or after it.
 */
export function fileSystemNow(dir: string): number {
  const marker = join(dir, '.build-started');
  writeFileSync(marker, '');
  const now = statSync(marker).mtimeMs;
  rmSync(marker);
  return now;
}

export interface ThisBuild {
  /** When it started, as the file system tells time (the `mtimeMs` of a file written then). */
  readonly startedMs: number;
  /** Whether a file it did not write is one of its own: a page it found already in place. */
  readonly owns: (path: string) => boolean;
}

/**
 * Removes every file under `dir` that `build` neither wrote (modified before it started) nor
 * owns, then every folder that is left empty, leaving alone what `keep` names at its top.
 * Returns the removed files' paths below `dir`, with `/` between folders, sorted.
 */
export function removeStaleFiles(dir: string, build: ThisBuild, keep: ReadonlySet<string> = NEVER_REMOVED): string[] {
  const removed: string[] = [];
  const sweep = (folder: string, below: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = below ? `${below}/${entry.name}` : entry.name;
      if (!below && keep.has(entry.name)) empty = false;
      else if (entry.isDirectory()) {
        if (sweep(path, name)) rmdirSync(path);
        else empty = false;
      } else if (!build.owns(path) && statSync(path).mtimeMs < build.startedMs) {
        unlinkSync(path);
        removed.push(name);
      } else empty = false;
    }
    return empty;
  };
  sweep(dir, '');
  return removed.sort();
}
