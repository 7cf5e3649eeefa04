/** What a build into a kept output folder removes of the last build's files. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeStaleFiles } from '../../src/lib/site/stale-files.ts';

const STARTED_MS = Date.UTC(2026, 0, 1);
let dir = '';

/** A file written before the build started (by the last build), or after (by this one). */
function file(path: string, when: 'before' | 'after'): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  const seconds = (STARTED_MS + (when === 'before' ? -60_000 : 60_000)) / 1000;
  utimesSync(full, seconds, seconds);
  return full;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removing what the last build left', () => {
  it('keeps what this build wrote and the pages it owns, and removes the rest with the folders it empties', () => {
    dir = mkdtempSync(join(tmpdir(), 'stale-'));
    file('index.html', 'after');
    const restored = file('events/kept/index.html', 'before');
    file('events/gone/index.html', 'before');
    file('2001/05/index.html', 'before');
    file('pagefind/fragment/en_1.pf_fragment', 'before');
    file('pagefind/pagefind.js', 'before');
    file('_astro/search.js', 'after');
    file('_headers', 'before');
    const removed = removeStaleFiles(dir, { startedMs: STARTED_MS, owns: (path) => path === restored });
    expect(removed).toEqual([
      '2001/05/index.html',
      '_headers',
      'events/gone/index.html',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/pagefind.js',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['_astro', 'events', 'index.html']);
    expect(readdirSync(join(dir, 'events'))).toEqual(['kept']);
    expect(existsSync(restored)).toBe(true);
  });

  it('leaves .git alone, as Astro does when it empties the folder, and removes nothing of a fresh build', () => {
    dir = mkdtempSync(join(tmpdir(), 'stale-'));
    file('.git/HEAD', 'before');
    file('index.html', 'after');
    file('events/a/index.html', 'after');
    expect(removeStaleFiles(dir, { startedMs: STARTED_MS, owns: () => false })).toEqual([]);
    expect(existsSync(join(dir, '.git', 'HEAD'))).toBe(true);
    expect(existsSync(join(dir, 'events', 'a', 'index.html'))).toBe(true);
  });

  it('leaves alone a top-level folder it is told another step sweeps, and only at the top', () => {
    dir = mkdtempSync(join(tmpdir(), 'stale-'));
    file('pagefind/fragment/en_1.pf_fragment', 'before');
    file('events/pagefind/index.html', 'before');
    const removed = removeStaleFiles(dir, { startedMs: STARTED_MS, owns: () => false }, new Set(['.git', 'pagefind']));
    expect(removed).toEqual(['events/pagefind/index.html']);
    expect(existsSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'))).toBe(true);
  });
});
