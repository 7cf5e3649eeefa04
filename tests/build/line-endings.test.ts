/**
 * Content saved with CRLF line endings builds the same site, byte for byte, as the same
 * content with LF: Astro's own reading of the files must agree with the content check's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareTrees, filesIn, isolatedBuild, type IsolatedBuild } from './isolated-build.ts';

let lf: IsolatedBuild;
let crlf: IsolatedBuild;

beforeAll(async () => {
  [lf, crlf] = await Promise.all([
    isolatedBuild('lf', { content: 'tests/fixtures/valid' }),
    isolatedBuild('crlf', { content: 'tests/fixtures/valid-crlf' }),
  ]);
}, 600_000);

afterAll(() => {
  for (const build of [lf, crlf]) if (build) rmSync(build.root, { recursive: true, force: true });
});

describe('CRLF line endings', () => {
  it('are tested on a true twin of the LF content: the same files, the same text, every line ending CRLF', () => {
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
    const lfFiles = files('tests/fixtures/valid');
    expect(files('tests/fixtures/valid-crlf')).toEqual(lfFiles);
    for (const file of lfFiles) {
      const twin = readFileSync(join('tests/fixtures/valid-crlf', file), 'utf8');
      expect(twin.replace(/\r\n/g, '\n'), file).toBe(readFileSync(join('tests/fixtures/valid', file), 'utf8'));
      expect(twin.split('\n').length - 1, file).toBe(twin.split('\r\n').length - 1);
    }
  });

  it('build the same site as LF, byte for byte', () => {
    expect(filesIn(crlf.outDir)).toContain('articles/2018-12-19-troops-out/index.html');
    expect(compareTrees(lf.outDir, crlf.outDir)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });
});
