/**
 * Every fixture in `tests/fixtures/bad-content/<check>/` is one mistake added to a small
 * valid content set, filed under the check that must catch it; the check must name its
 * file and field. The message each must produce is its `# expect:` line (or, for a file
 * that cannot hold one, `<name>.expect`).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/load.ts';
import { ALL_CHECKS } from '../../src/lib/content/checks/index.ts';

const VALID = 'tests/fixtures/valid';
const BAD = 'tests/fixtures/bad-content';

function expectedMessage(path: string): string {
  const sidecar = join(BAD, path.replace(/\.(md|events\.yaml|phases\.yaml|people\.yaml)$/, '.expect'));
  if (existsSync(sidecar)) return readFileSync(sidecar, 'utf8').trim();
  const match = /# expect: (.*)/.exec(readFileSync(join(BAD, path), 'latin1'));
  if (!match?.[1]) throw new Error(`${name} has no "# expect:" line and no .expect file`);
  return match[1].trim();
}

/** A copy of the valid set with the fixture (`<check>/<name>`) put in its place; returns the file it became. */
function withFixture(path: string): { dir: string; file: string } {
  const name = basename(path);
  const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
  cpSync(VALID, dir, { recursive: true });
  const file = name.endsWith('.events.yaml') ? 'events.yaml'
    : name.endsWith('.phases.yaml') ? 'phases.yaml'
    : name.endsWith('.people.yaml') ? 'people.yaml'
    : `articles/${name}`;
  copyFileSync(join(BAD, path), join(dir, file));
  return { dir, file };
}

const folders = readdirSync(BAD).sort();
const fixtures = folders
  .flatMap((check) => readdirSync(join(BAD, check)).map((name) => `${check}/${name}`))
  .filter((path) => !path.endsWith('.expect'));

describe('the content check', () => {
  it('passes the valid fixture set', () => {
    expect(checkContentDir(VALID).errors).toEqual([]);
  });

  it('has a catalogue of mistakes to check against', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it('files every fixture under a check, and has fixtures for every check', () => {
    expect(folders).toEqual(ALL_CHECKS.map((check) => check.name).sort());
    for (const check of ALL_CHECKS) {
      expect(fixtures.filter((path) => path.startsWith(`${check.name}/`)).length, check.name).toBeGreaterThan(0);
    }
  });

  it.each(fixtures)('names the file and the field for %s', (path) => {
    const { dir, file } = withFixture(path);
    const messages = checkContentDir(dir, dir).errors.map((error) => error.message);
    expect(messages.length, 'the mistake was not caught').toBeGreaterThan(0);
    expect(messages).toContainEqual(expect.stringContaining(`${file}: `));
    expect(messages.join('\n')).toContain(expectedMessage(path));
  });
});
