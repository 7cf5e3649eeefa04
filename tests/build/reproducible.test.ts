/**
 * The same content gives the same bytes: building at UTC+14 (Pacific/Kiritimati) and at
 * UTC−11 (Pacific/Pago_Pago) gives identical files, and so does a second clean build.
 * Three clean builds, each in its own copy of the project: the two time zones side by
 * side, then the second build, later, so that anything that records the time of the
 * build shows up as a difference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTrees, filesIn, isolatedBuild, type IsolatedBuild } from './isolated-build.ts';

let kiritimati: IsolatedBuild;
let pagoPago: IsolatedBuild;
let again: IsolatedBuild;

beforeAll(async () => {
  [kiritimati, pagoPago] = await Promise.all([
    isolatedBuild('kiritimati', { env: { TZ: 'Pacific/Kiritimati' } }),
    isolatedBuild('pago-pago', { env: { TZ: 'Pacific/Pago_Pago' } }),
  ]);
  again = await isolatedBuild('kiritimati-again', { env: { TZ: 'Pacific/Kiritimati' } });
}, 600_000);

afterAll(() => {
  for (const build of [kiritimati, pagoPago, again]) if (build) rmSync(build.root, { recursive: true, force: true });
});

describe('builds are reproducible', () => {
  it('builds a whole site each time', () => {
    for (const build of [kiritimati, pagoPago, again]) {
      const files = filesIn(build.outDir);
      expect(files).toContain('index.html');
      expect(files).toContain('404.html');
      expect(files.filter((file) => file.startsWith('events/')).length).toBeGreaterThanOrEqual(12);
    }
  });

  it('builds each with its own content cache, not a shared one', () => {
    for (const build of [kiritimati, pagoPago, again]) {
      expect(lstatSync(join(build.root, 'node_modules', '.astro')).isDirectory()).toBe(true);
    }
  });

  it('compares trees by name and by byte, and names what differs', () => {
    const [a, b] = ['a', 'b'].map((name) => mkdtempSync(join(tmpdir(), `tree-${name}-`))) as [string, string];
    for (const dir of [a, b]) mkdirSync(join(dir, 'events'));
    writeFileSync(join(a, 'same.html'), 'x');
    writeFileSync(join(b, 'same.html'), 'x');
    writeFileSync(join(a, 'events', 'x.html'), '13 October');
    writeFileSync(join(b, 'events', 'x.html'), '12 October');
    writeFileSync(join(a, 'only-a.txt'), '');
    writeFileSync(join(b, 'only-b.txt'), '');
    expect(compareTrees(a, b)).toEqual({
      onlyInFirst: ['only-a.txt'],
      onlyInSecond: ['only-b.txt'],
      differing: ['events/x.html'],
    });
  });

  it('gives byte-identical output at UTC+14 (Kiritimati) and UTC−11 (Pago Pago)', () => {
    expect(compareTrees(kiritimati.outDir, pagoPago.outDir)).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
      differing: [],
    });
  });

  it('gives byte-identical output from two clean builds', () => {
    expect(compareTrees(kiritimati.outDir, again.outDir)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });

  it('writes no date of the build into any file', () => {
    const today = new Date().toISOString().slice(0, 10);
    const found = filesIn(again.outDir).filter((file) =>
      readFileSync(join(again.outDir, file), 'latin1').includes(today),
    );
    expect(found, `files carrying today's date ${today}`).toEqual([]);
  });

  it('shows the same calendar day in both zones: the Ain Issa escape is Sunday 13 October 2019', () => {
    for (const build of [kiritimati, pagoPago]) {
      const html = readFileSync(join(build.outDir, 'events/2019-10-13-ain-issa-camp-escape/index.html'), 'utf8');
      expect(html).toContain('<time datetime="2019-10-13">Sunday 13 October 2019</time>');
    }
  });
});
