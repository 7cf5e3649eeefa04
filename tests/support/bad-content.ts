/**
 * The bad-content catalogue (`tests/fixtures/bad-content/<check>/`): one mistake per
 * fixture, laid over the small valid set, with the message it must produce.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const VALID = 'tests/fixtures/valid';
export const BAD = 'tests/fixtures/bad-content';

/** The check folders of the catalogue. */
export const badContentFolders = (): string[] => readdirSync(BAD).sort();

/** Every fixture, as `<check>/<name>`. */
export function badContentFixtures(): string[] {
  return badContentFolders()
    .flatMap((check) => readdirSync(join(BAD, check)).map((name) => `${check}/${name}`))
    .filter((path) => !path.endsWith('.expect'));
}

/** Its `# expect:` line, or for a file that cannot hold one (or a folder), `<name>.expect`. */
export function expectedMessage(path: string): string {
  const sidecar = join(
    BAD,
    `${path.replace(/\.(md|events\.yaml|phases\.yaml|people\.yaml|places\.yaml)$/, '')}.expect`,
  );
  if (existsSync(sidecar)) return readFileSync(sidecar, 'utf8').trim();
  const match = /# expect: (.*)/.exec(readFileSync(join(BAD, path), 'utf8'));
  if (!match?.[1]) throw new Error(`${path} has no "# expect:" line and no .expect file`);
  return match[1].trim();
}

/**
 * A copy of the valid set with the fixture (`<check>/<name>`) put in its place; returns the
 * file it became. A fixture that is a folder is laid over the valid set as it is (for
 * mistakes that are not one file: a folder named like an article, a file beside another,
 * a file gone).
 */
export function withFixture(path: string): { dir: string; file: string | undefined } {
  const name = basename(path);
  const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
  cpSync(VALID, dir, { recursive: true });
  if (statSync(join(BAD, path)).isDirectory()) {
    cpSync(join(BAD, path), dir, { recursive: true });
    // A mistake that is a file gone: its folder's `REMOVED` names what to take from the valid set.
    const removed = join(dir, 'REMOVED');
    if (existsSync(removed)) {
      for (const gone of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, gone));
      rmSync(removed);
    }
    return { dir, file: undefined };
  }
  const file = name.endsWith('.events.yaml')
    ? 'events.yaml'
    : name.endsWith('.phases.yaml')
      ? 'phases.yaml'
      : name.endsWith('.people.yaml')
        ? 'people.yaml'
        : name.endsWith('.places.yaml')
          ? 'places.yaml'
          : `articles/${name}`;
  copyFileSync(join(BAD, path), join(dir, file));
  return { dir, file };
}
