/**
 * A rebuild makes again only the parts of the search index whose pages changed: each case
 * indexes a small site with the Pagefind CLI, as the build does, and looks at which parts
 * ran and what the index holds.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { searchParts, topFolders, type SearchPart } from '../../src/lib/site/search-index.ts';
import { indexSearchParts, partPages, recordFile } from '../../src/lib/site/search-record.ts';

const PAGEFIND = join(process.cwd(), 'node_modules', '.bin', 'pagefind');

let dir = '';
let site = '';
/** Why each part of the last `index()` was made. */
let whys: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-record-'));
  site = join(dir, 'dist');
  write('index.html', 'Timeline', 'Troops leave Syria');
  write('events/convoy/index.html', 'Convoy', 'The first convoy crossed into Iraq');
  write('claims/escaped/index.html', 'Escaped', 'Almost 800 escaped from the camp');
  write('articles/withdrawal/index.html', 'Withdrawal', 'The withdrawal has begun, an official said');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(page: string, title: string, words: string): void {
  mkdirSync(join(site, page, '..'), { recursive: true });
  writeFileSync(
    join(site, page),
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`,
  );
}

/** Indexes `site` as scripts/build.ts does; returns the folders of the parts that ran. */
function index(version = '1.6.0', run: (args: string[]) => void = pagefind): string[] {
  const { ran, kept } = indexSearchParts(site, searchParts(topFolders(site)), {
    recordPath: recordFile(dir, site),
    version,
    argsOf: (part: SearchPart) => ['--site', site, '--glob', part.glob, '--output-subdir', part.folder, '--quiet'],
    runPart: run,
  });
  expect([...ran.map((part) => part.folder), ...kept].sort()).toEqual([
    'pagefind',
    'pagefind/articles',
    'pagefind/claims',
  ]);
  whys = ran.map((part) => part.why);
  return ran.map((part) => part.folder);
}

function pagefind(args: string[]): void {
  const result = spawnSync(PAGEFIND, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}

/** Every file of the index with its bytes. */
const indexFiles = () =>
  Object.fromEntries(
    readdirSync(join(site, 'pagefind'), { recursive: true, encoding: 'utf8', withFileTypes: false })
      .sort()
      .flatMap((file) => {
        try {
          return [[file, readFileSync(join(site, 'pagefind', file)).toString('base64')]];
        } catch {
          return []; // a folder
        }
      }),
  );

describe('the parts of the search index a rebuild makes again', () => {
  it('makes every part the first time', () => {
    expect(index()).toEqual(['pagefind', 'pagefind/claims', 'pagefind/articles']);
    expect(new Set(whys)).toEqual(new Set(['no record of its last run']));
    expect(readdirSync(join(site, 'pagefind', 'claims', 'fragment'))).toHaveLength(1);
  });

  it('keeps every part when no page changed, and the index as it was', () => {
    index();
    const before = indexFiles();
    expect(index()).toEqual([]);
    expect(indexFiles()).toEqual(before);
  });

  it('removes from a kept part what its last run did not leave', () => {
    index();
    const before = indexFiles();
    writeFileSync(join(site, 'pagefind', 'claims', 'fragment', 'en_stale.pf_fragment'), 'left by hand');
    expect(index()).toEqual([]);
    expect(indexFiles()).toEqual(before);
  });

  it('keeps a part whose page was written again with the same bytes', () => {
    index();
    const page = join(site, 'articles', 'withdrawal', 'index.html');
    writeFileSync(page, readFileSync(page));
    utimesSync(page, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    expect(index()).toEqual([]);
  });

  it('makes again only the part of a page that changed, added or removed', () => {
    index();
    write('claims/escaped/index.html', 'Escaped', '950 escaped from the camp');
    expect(index()).toEqual(['pagefind/claims']);
    write('events/camp/index.html', 'Camp', 'Fighting near the camp');
    expect(index()).toEqual(['pagefind']);
    rmSync(join(site, 'articles', 'withdrawal'), { recursive: true });
    write('articles/convoys/index.html', 'Convoys', 'Convoys left at night');
    expect(index()).toEqual(['pagefind/articles']);
    expect(whys).toEqual(['1 of its 1 pages new or changed, 1 gone']);
  });

  it('makes again a part whose index lost a file, and every part for another Pagefind', () => {
    index();
    const fragments = join(site, 'pagefind', 'articles', 'fragment');
    unlinkSync(join(fragments, readdirSync(fragments)[0]!));
    expect(index()).toEqual(['pagefind/articles']);
    expect(whys).toEqual(['its index is not whole']);
    expect(index('1.7.0')).toEqual(['pagefind', 'pagefind/claims', 'pagefind/articles']);
    expect(new Set(whys)).toEqual(new Set(['another command or Pagefind']));
  });

  it('makes again, next time, a part whose run failed and the parts after it', () => {
    index();
    write('claims/escaped/index.html', 'Escaped', '100 escaped from the camp');
    expect(() =>
      index('1.6.0', (args) => {
        if (args.includes('pagefind/claims')) throw new Error('Pagefind was stopped');
        pagefind(args);
      }),
    ).toThrow('Pagefind was stopped');
    expect(index()).toEqual(['pagefind/claims', 'pagefind/articles']);
  });

  it('makes every part again when its record is not one it can read', () => {
    index();
    const record = recordFile(dir, site);
    writeFileSync(record, JSON.stringify({ pagefind: { command: 'x' }, 'pagefind/claims': null }));
    expect(index()).toEqual(['pagefind', 'pagefind/claims', 'pagefind/articles']);
    writeFileSync(record, '{"pagefind": ');
    expect(index()).toEqual(['pagefind', 'pagefind/claims', 'pagefind/articles']);
  });

  it('leaves hidden folders out of the parts, as a build still running has one', () => {
    index();
    mkdirSync(join(site, '.prerender'));
    expect(index()).toEqual([]);
  });

  it('finds the pages of each part as its glob gives them to Pagefind', () => {
    const [primary, claims, articles] = searchParts(topFolders(site));
    expect(partPages(site, primary!)).toEqual(['events/convoy/index.html', 'index.html']);
    expect(partPages(site, claims!)).toEqual(['claims/escaped/index.html']);
    expect(partPages(site, articles!)).toEqual(['articles/withdrawal/index.html']);
    // As the build names its output folder: relative to where it runs.
    expect(partPages(relative(process.cwd(), site), primary!)).toEqual(['events/convoy/index.html', 'index.html']);
  });
});
