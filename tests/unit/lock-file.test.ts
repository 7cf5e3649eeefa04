/**
 * `npm ci` accepts package-lock.json on any machine: the lock agrees with package.json,
 * lists every platform's optional binaries, and pins every dist-tag through `overrides`.
 * When this fails after adding a dependency, `npm run lock` makes the lock afresh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lockProblems,
  outOfSync,
  unpinnedTags,
  unresolvedDependencies,
  type LockFile,
} from '../../scripts/lock-file.ts';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as LockFile;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package-lock.json', () => {
  it('has no problem that would make npm ci refuse it (else: npm run lock)', () => {
    expect(lockProblems(lock, pkg)).toEqual([]);
  });

  it("lists the binaries of macOS, Windows and Linux, not only this machine's", () => {
    for (const name of [
      '@astrojs/compiler-binding-darwin-arm64',
      '@astrojs/compiler-binding-win32-x64-msvc',
      '@astrojs/compiler-binding-linux-x64-gnu',
      '@pagefind/darwin-x64',
      '@pagefind/windows-x64',
      '@pagefind/linux-arm64',
      '@napi-rs/canvas-darwin-arm64',
      '@napi-rs/canvas-win32-x64-msvc',
    ]) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('is refused, naming the package, as soon as a package in it asks for a tag', () => {
    const [path, entry] = Object.entries(lock.packages).find(([path]) => path.startsWith('node_modules/'))!;
    const tagged: LockFile = {
      ...lock,
      packages: { ...lock.packages, [path]: { ...entry, dependencies: { ...entry.dependencies, astro: 'latest' } } },
    };
    expect(lockProblems(tagged, pkg)).toEqual([`${path} asks for astro@latest: pin it in package.json "overrides"`]);
  });
});

describe('the lock checks', () => {
  const base: LockFile = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { a: '^1.0.0' } },
      'node_modules/a': { version: '1.0.0', optionalDependencies: { 'a-darwin': '1.0.0', 'a-linux': '1.0.0' } },
      'node_modules/a-linux': { version: '1.0.0' },
      'node_modules/a/node_modules/b': { version: '2.0.0', dependencies: { c: 'latest' } },
      'node_modules/c': { version: '3.0.0' },
    },
  };

  it('name an optional binary that only another platform would install', () => {
    expect(unresolvedDependencies(base)).toEqual(['node_modules/a optionalDependencies a-darwin']);
  });

  it('find a nested dependency in the node_modules above it', () => {
    expect(unresolvedDependencies(base).some((line) => line.includes(' c'))).toBe(false);
  });

  it('name a dist-tag unless overrides pins it, at any depth', () => {
    expect(unpinnedTags(base, {})).toEqual(['node_modules/a/node_modules/b asks for c@latest']);
    expect(unpinnedTags(base, { overrides: { b: { c: '3.0.0' } } })).toEqual([]);
    expect(unpinnedTags(base, { overrides: { c: '3.0.0' } })).toEqual([]);
  });

  it('name a dependency added to package.json but not to the lock', () => {
    expect(outOfSync(base, { dependencies: { a: '^1.0.0', d: '^4.0.0' } })).toEqual([
      'dependencies.d: package.json has ^4.0.0, the lock nothing',
    ]);
  });
});
