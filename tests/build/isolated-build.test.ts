import { describe, expect, it } from 'vitest';
import { copiedEntries } from './isolated-build.ts';

describe('a clean build copy of the project', () => {
  it('takes what a build reads, and leaves out the benchmark, build output, tests and caches', () => {
    const names = [
      'src',
      'public',
      'scripts',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
      'bench',
      'dist',
      'dist-base',
      'node_modules',
      'tests',
      '.astro',
      '.git',
    ];
    expect(copiedEntries(names)).toEqual([
      'src',
      'public',
      'scripts',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ]);
  });
});
