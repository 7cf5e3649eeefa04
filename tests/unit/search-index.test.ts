/**
 * The search index written over the last one in a kept output folder: what Pagefind's index
 * names, read from its own files, and what the sweep after it removes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { cborTexts, namedHashes, searchParts, sweepSearchIndex } from '../../src/lib/site/search-index.ts';
import { fileSystemNow } from '../../src/lib/site/stale-files.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (title: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

/** The pages indexed by Pagefind into `<dir>/pagefind/`. */
async function indexed(pages: Record<string, string>): Promise<string> {
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dir });
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  return join(dir, 'pagefind');
}

/** A file as an older index left it: written a minute before now. */
function old(path: string): void {
  const seconds = (Date.now() - 60_000) / 1000;
  writeFileSync(path, 'left behind');
  utimesSync(path, seconds, seconds);
}

describe('the parts of the search index', () => {
  it('gives the claims and the articles parts of their own and every other folder to the primary index', () => {
    const parts = searchParts(['_astro', 'about', 'articles', 'claims', 'embed', 'events', 'pagefind', 'people']);
    expect(parts).toEqual([
      {
        folder: 'pagefind',
        glob: '{*.html,events/*/index.html,_astro/**/*.html,about/**/*.html,embed/**/*.html,people/**/*.html}',
      },
      { folder: 'pagefind/claims', glob: '{claims/**/*.html,events/*/claims/**/*.html}' },
      { folder: 'pagefind/articles', glob: 'articles/**/*.html' },
    ]);
  });
});

describe('CBOR text strings', () => {
  it('finds every text in arrays, maps and tags, and skips numbers and bytes', () => {
    // [ "a", 300, { "k": ["b", h'0102'] }, tag 1 "c", -5, 1.5 ]
    const bytes = Uint8Array.from([
      0x86, 0x61, 0x61, 0x19, 0x01, 0x2c, 0xa1, 0x61, 0x6b, 0x82, 0x61, 0x62, 0x42, 0x01, 0x02, 0xc1, 0x61, 0x63, 0x24,
      0xf9, 0x3e, 0x00,
    ]);
    expect(cborTexts(bytes)).toEqual(['a', 'k', 'b', 'c']);
  });

  it('refuses a value cut short', () => {
    expect(() => cborTexts(Uint8Array.from([0x82, 0x61, 0x61]))).toThrow(/ends inside a value/);
  });
});

describe('sweeping the last search index', () => {
  it('names every fragment and chunk file of an index Pagefind wrote', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const folder = await indexed({ one: page('One', 'convoys left'), two: page('Two', 'troops withdrew') });
    const named = namedHashes(folder);
    const hashed = ['fragment', 'index'].flatMap((sub) => readdirSync(join(folder, sub)));
    expect(hashed.length).toBeGreaterThanOrEqual(3);
    for (const file of hashed) expect(named).toContain(file.replace(/\.pf_[a-z]+$/, ''));
  });

  it('removes what the last index left and this one does not name, and keeps what it names or wrote', async () => {
    dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const folder = await indexed({ one: page('One', 'convoys left') });
    const fragments = readdirSync(join(folder, 'fragment'));
    const stale = join(folder, 'fragment', 'en_0000000.pf_fragment');
    old(stale);
    mkdirSync(join(folder, 'filter'));
    old(join(folder, 'filter', 'en_1111111.pf_filter'));
    const fresh = join(folder, 'fresh.txt');
    const startedMs = fileSystemNow(dir) - 1_000;
    writeFileSync(fresh, 'written by this index');
    // The index's own fragment was left in place by a Pagefind that found it already there.
    const kept = join(folder, 'fragment', fragments[0]!);
    utimesSync(kept, (startedMs - 60_000) / 1000, (startedMs - 60_000) / 1000);

    expect(sweepSearchIndex(folder, startedMs)).toBe(2);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(folder, 'filter'))).toBe(false);
    expect(existsSync(kept)).toBe(true);
    expect(statSync(fresh).isFile()).toBe(true);
    expect(readdirSync(join(folder, 'fragment')).sort()).toEqual(fragments.sort());
  });
});
