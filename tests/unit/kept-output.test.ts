/**
 * When a build keeps its output folder as the last build left it, and when it empties it
 * first: its hooks called as Astro calls them, on a folder in tmp.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { keptOutputIntegration } from '../../src/integrations/kept-output.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const logger = { info: () => {} };
const folder = (path: string) => pathToFileURL(`${path}/`);

/** One build's hooks, for the output folder `dist/` and the cache folder named. */
function build(cache: string) {
  const hooks = keptOutputIntegration().hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({
    config: {
      root: folder(root),
      outDir: folder(join(root, 'dist')),
      publicDir: folder(join(root, 'public')),
      cacheDir: folder(join(root, 'node_modules', '.astro', cache)),
    },
  });
  return {
    start: () => hooks['astro:build:start']!({ logger }),
    /** Done, with these pages (below dist/) as the ones Astro wrote or found in place. */
    done: (pages: string[]) =>
      hooks['astro:build:done']!({
        dir: folder(join(root, 'dist')),
        assets: new Map([['/[page]', pages.map((page) => pathToFileURL(join(root, 'dist', page)))]]),
        logger,
      }),
  };
}

/** A file as an earlier build left it. */
function old(path: string): void {
  const full = join(root, 'dist', path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, path);
  utimesSync(full, 1, 1);
}

const distFiles = () => readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).sort();

describe('a build into the output folder the last build left', () => {
  it('keeps the pages it finds in place after its own finished build, and removes the rest', () => {
    root = mkdtempSync(join(tmpdir(), 'kept-'));
    const first = build('a');
    first.start();
    first.done([]);
    for (const page of ['a/index.html', 'gone/index.html', 'pagefind/x.pf_fragment', '.git/HEAD']) old(page);
    const next = build('a');
    next.start();
    writeFileSync(join(root, 'dist', 'index.html'), 'written by this build');
    next.done(['a/index.html', 'index.html']);
    expect(distFiles()).toEqual(['.git', '.git/HEAD', 'a', 'a/index.html', 'index.html']);
  });

  it('empties the folder first when another cache wrote it last, or its last build did not finish', () => {
    root = mkdtempSync(join(tmpdir(), 'kept-'));
    const other = build('b');
    other.start();
    other.done([]);
    old('a/index.html');
    old('.git/HEAD');
    build('a').start();
    expect(distFiles()).toEqual(['.git', '.git/HEAD']);

    // Cache "a" started and stopped half-way: what it left is not trusted either.
    old('a/index.html');
    build('a').start();
    expect(existsSync(join(root, 'dist', 'a', 'index.html'))).toBe(false);
  });

  it('empties the folder when no build is on record (a cache deleted, a folder copied in)', () => {
    root = mkdtempSync(join(tmpdir(), 'kept-'));
    old('a/index.html');
    build('a').start();
    expect(distFiles()).toEqual([]);
  });
});
