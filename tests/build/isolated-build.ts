/**
 * Clean builds for tests that compare builds: each runs `scripts/build.ts` in its own copy
 * of the project, with its own `node_modules/.astro` cache (the packages themselves are
 * linked, not copied), so builds can run side by side and none reuses another's cache.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SITE_URL_VARIABLES } from '../../src/lib/site/site-url.ts';

/**
 * What a build does not need from the project (content is copied in separately). `bench`
 * above all: after `npm run bench` it holds gigabytes of generated sites, and copying them
 * for every clean build ran the build tests past their time limit.
 */
const NOT_COPIED =
  /^(node_modules|content|tests|docs|bench|screenshots|coverage|test-results|\.git|\.astro|\.cache|dist(-.*)?)$/;

/** The top-level entries of the project that a clean build copies. */
export function copiedEntries(names: readonly string[]): string[] {
  return names.filter((name) => !NOT_COPIED.test(name));
}
/** Caches that must not be shared between builds. */
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

export interface IsolatedBuild {
  /** The copy of the project it was built in. */
  readonly root: string;
  /** Its `dist/`. */
  readonly outDir: string;
  /** What the build printed. */
  readonly output: string;
}

export interface BuildOptions {
  /** Extra environment: `TZ`, `SITE_URL`, `BASE_PATH`… */
  readonly env?: Record<string, string>;
  /** The content folder to build from (copied in as `content/`); the project's own by default. */
  readonly content?: string;
}

/**
 * Where a copy holds content other than the project's: a folder beside `content/`, named by
 * CONTENT_DIR, so the build treats it as a fixture (`CONTENT_DIR=content` would name the
 * site's own folder, which must have every guard file).
 */
const FIXTURE_CONTENT = 'fixture-content';

function projectCopy(label: string, content: string, into: string): string {
  const root = mkdtempSync(join(tmpdir(), `site-${label}-`));
  for (const file of copiedEntries(readdirSync('.'))) cpSync(file, join(root, file), { recursive: true });
  cpSync(content, join(root, into), { recursive: true });
  const modules = resolve('node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!PRIVATE.has(entry)) symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** Builds the site in a fresh copy of the project; rejects with the build's output if it fails. */
export function isolatedBuild(label: string, options: BuildOptions = {}): Promise<IsolatedBuild> {
  // Other content than the project's is a fixture: named by CONTENT_DIR, it needs no guard files of its own.
  const fixture = options.content !== undefined && options.content !== 'content';
  const into = fixture ? FIXTURE_CONTENT : 'content';
  const env = fixture ? { CONTENT_DIR: FIXTURE_CONTENT } : {};
  return buildIn(projectCopy(label, options.content ?? 'content', into), label, { ...env, ...options.env });
}

/**
 * Builds the site again in a copy made by `isolatedBuild`, with what that copy's caches
 * hold from its last build: a rebuild after an edit to its `content/`.
 */
export function buildIn(root: string, label: string, extra: Record<string, string> = {}): Promise<IsolatedBuild> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: 'dist',
    PATH: `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ...extra,
  };
  // Only what is given here decides the build: no site URL, base path, CI or host variables
  // from the caller's shell (in CI, a build without them would refuse for want of SITE_URL).
  for (const name of [...SITE_URL_VARIABLES, 'BASE_PATH', 'CONTENT_DIR']) {
    if (!extra[name]) delete env[name];
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ root, outDir: join(root, 'dist'), output });
      else fail(new Error(`build "${label}" exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/** Every file under `dir`, as sorted relative paths. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

export interface TreeDifference {
  readonly onlyInFirst: string[];
  readonly onlyInSecond: string[];
  /** Files in both whose bytes differ. */
  readonly differing: string[];
}

/** Compares two folders file by file, byte by byte. */
export function compareTrees(first: string, second: string): TreeDifference {
  const a = filesIn(first);
  const b = filesIn(second);
  const inB = new Set(b);
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((file) => !inB.has(file)),
    onlyInSecond: b.filter((file) => !inA.has(file)),
    differing: a.filter(
      (file) => inB.has(file) && !readFileSync(join(first, file)).equals(readFileSync(join(second, file))),
    ),
  };
}
