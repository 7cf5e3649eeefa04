/**
 * Content saved with CRLF line endings builds the same site, byte for byte, as the same
 * content with LF: Astro's own reading of the files must agree with the content check's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
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
  it('build the same site as LF, byte for byte', () => {
    expect(filesIn(crlf.outDir)).toContain('articles/2018-12-19-troops-out/index.html');
    expect(compareTrees(lf.outDir, crlf.outDir)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });
});
