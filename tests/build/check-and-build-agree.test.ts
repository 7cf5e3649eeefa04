/**
 * The content check is the one gate: on every fixture of the bad-content catalogue, and
 * on the valid and hostile sets, `npm run check:content` and the build give one verdict.
 * Where the check fails, the build fails too, naming each mistake once, with no stack
 * trace (a stack would mean a crash, not a refusal); where the check passes, the build
 * passes. Legal inputs that once got two verdicts (`tests/fixtures/accepted/`: a title
 * that YAML could read as a date, CR-only line endings) pass both, their words intact on
 * the page. Each fixture is built with Astro's `build()` in one process
 * (`gate-runner.ts`), so the whole catalogue takes seconds, not a clean build each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { badContentFixtures, VALID, withFixture } from '../support/bad-content.ts';

interface GateResult {
  readonly dir: string;
  readonly built: boolean;
  readonly error?: string;
  readonly stack?: string;
  readonly headlines?: readonly string[];
}

const ACCEPTED = 'tests/fixtures/accepted';
/** A copy of the valid set with the accepted case's files laid over it. */
function withAccepted(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'accepted-'));
  cpSync(VALID, dir, { recursive: true });
  cpSync(join(ACCEPTED, name), dir, { recursive: true });
  return dir;
}
const accepted = readdirSync(ACCEPTED)
  .sort()
  .map((name) => ({ name: `accepted/${name}`, dir: withAccepted(name) }));

const cases = [
  ...badContentFixtures().map((path) => ({ name: path, dir: withFixture(path).dir })),
  ...accepted,
  { name: 'the valid set', dir: VALID },
];
afterAll(() => cases.forEach(({ dir }) => dir !== VALID && rmSync(dir, { recursive: true, force: true })));

function runBuilds(): Map<string, GateResult> {
  const run = spawnSync(process.execPath, ['tests/build/gate-runner.ts', ...cases.map(({ dir }) => dir)], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the gate runner failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const results = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as GateResult);
  return new Map(results.map((result) => [result.dir, result]));
}

describe('the content check and the build', () => {
  let results: Map<string, GateResult>;

  it('build every case, each within the time a build may take', () => {
    const started = Date.now();
    results = runBuilds();
    expect(results.size).toBe(cases.length);
    // Measured: about 0.2 s a refused fixture on 2 cores, 15 s for the valid set.
    expect(Date.now() - started).toBeLessThan(300_000);
  }, 320_000);

  it.each(cases)('agree on $name', ({ dir }) => {
    const messages = checkContentDir(dir).errors.map((error) => error.message);
    const result = results.get(dir)!;
    expect(result, 'no build result').toBeDefined();
    expect(result.built, result.error ?? 'built').toBe(messages.length === 0);
    if (result.built) return;
    expect(result.stack ?? '', 'the build crashed instead of refusing').toBe('');
    for (const message of messages) {
      expect(result.error!.split(message).length - 1, `"${message}" is not named once`).toBe(1);
    }
  });

  it.each(accepted)('pass $name, and the page says what the file says', ({ dir }) => {
    const { errors, content } = checkContentDir(dir);
    expect(errors.map((error) => error.message)).toEqual([]);
    const result = results.get(dir)!;
    expect(result.built, result.error ?? 'built').toBe(true);
    expect(result.headlines).toEqual(content.articles.map((article) => article.data.title));
  });
});
