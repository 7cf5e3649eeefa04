/**
 * The build writes into its output folder as the last build left it (`emptyOutDir: false` in
 * astro.config.mjs), so a page the incremental build would restore from its cache and finds
 * already in place is neither copied nor written: at 1,000 events a rebuild's pages take
 * about 5 s instead of 10 s. Once the pages exist, and before the host files and Pagefind
 * read the folder, whatever the last build wrote and this one did not (a page that is gone,
 * an old embed) is removed, but for the search index, which Pagefind writes over and
 * scripts/build.ts sweeps (src/lib/site/search-record.ts): the folder then holds exactly the
 * files a build into an empty folder would, which tests/build/incremental.test.ts checks
 * byte for byte.
 *
 * A page found in place is only as good as the build that left it, so the folder is kept
 * only when its last build was this one's cache (the same output and content folders, see
 * astro.config.mjs) and finished; otherwise it is emptied first, as Astro does by default.
 * A page's file is trusted as that build wrote it: whoever edits one by hand deletes the
 * folder before the next build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSystemNow, NEVER_REMOVED, removeStaleFiles } from '../lib/site/stale-files.ts';

/** Which cache last wrote an output folder, and whether that build finished. */
interface LastBuild {
  readonly cacheDir: string;
  readonly finished: boolean;
}

/** One record per output folder, beside every build's cache (which a cold build deletes). */
function recordOf(root: string, outDir: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.astro', 'output-folders', `${name}.json`);
}

function lastBuild(record: string): LastBuild | undefined {
  try {
    return JSON.parse(readFileSync(record, 'utf8')) as LastBuild;
  } catch {
    return undefined;
  }
}

function remember(record: string, build: LastBuild): void {
  mkdirSync(join(record, '..'), { recursive: true });
  writeFileSync(record, JSON.stringify(build));
}

/** What is in the folder that a build may remove: all but `.git`, as Astro empties it. */
const removable = (dir: string) => readdirSync(dir).filter((name) => !NEVER_REMOVED.has(name));

/**
 * Must come before every integration that writes into or reads the output folder.
 * `rewrittenAfter` names the folders a step after Astro writes again and sweeps itself
 * (the search index: Pagefind rewrites the files that are the same and scripts/build.ts
 * removes the others), which the build leaves as they are.
 */
export function keptOutputIntegration({
  rewrittenAfter = [],
}: { rewrittenAfter?: readonly string[] } = {}): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let cacheDir = '';
  let record = '';
  let startedMs = 0;
  return {
    name: 'kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        record = recordOf(fileURLToPath(config.root), outDir);
      },
      'astro:build:start': ({ logger }) => {
        mkdirSync(outDir, { recursive: true });
        const last = lastBuild(record);
        if (!last || last.cacheDir !== cacheDir || !last.finished) {
          const names = removable(outDir);
          if (names.length > 0)
            logger.info('output folder emptied: its last build was not this one’s, or did not finish');
          for (const name of names) rmSync(join(outDir, name), { recursive: true, force: true });
        }
        remember(record, { cacheDir, finished: false });
        startedMs = fileSystemNow(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        // Every route's files, the pages it found in place included; public/ is copied anew
        // each build, and listed in case a copy keeps its source's time.
        const own = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        if (isFolder(publicDir)) {
          for (const file of readdirSync(publicDir, { recursive: true, encoding: 'utf8' })) own.add(resolve(out, file));
        }
        const keep = new Set([...NEVER_REMOVED, ...rewrittenAfter]);
        const removed = removeStaleFiles(out, { startedMs, owns: (path) => own.has(path) }, keep);
        if (removed.length > 0) logger.info(`${removed.length} file(s) of the last build removed`);
        remember(record, { cacheDir, finished: true });
      },
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
