/**
 * Every fixture in `tests/fixtures/bad-content/<check>/` is one mistake added to a small
 * valid content set, filed under the check that must catch it; the check must name its
 * file and field. The message each must produce is its `# expect:` line (or, for a file
 * that cannot hold one, `<name>.expect`).
 */
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { ALL_CHECKS } from '../../src/lib/content/checks/index.ts';
import { requiredFiles } from '../../src/lib/content/checks/required-files.ts';
import { ALL_REQUIRED } from '../../src/lib/site/required-files.ts';
import {
  VALID,
  badContentFixtures,
  badContentFolders,
  expectedMessage,
  withFixture,
} from '../support/bad-content.ts';

/**
 * Checks whose fixtures must give exactly one message. (The older event fixtures are
 * copies of an earlier valid set, and also meet editorial rules added since.)
 */
const ONE_MESSAGE = new Set([
  'characters',
  'content-files',
  'encoding',
  'markdown-depth',
  'place-slugs',
  'timeline-span',
  'yaml-syntax',
  'quote-in-body',
  'required-files',
]);

const folders = badContentFolders();
const fixtures = badContentFixtures();

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
    // The guard files are required of the site's own content only: their fixtures check as it.
    const required = path.startsWith(`${requiredFiles.name}/`) ? ALL_REQUIRED : [];
    const messages = checkContentDir(dir, dir, { now: new Date(), required }).errors.map((error) => error.message);
    expect(messages.length, 'the mistake was not caught').toBeGreaterThan(0);
    if (file) expect(messages).toContainEqual(expect.stringContaining(`${file}: `));
    expect(messages.join('\n')).toContain(expectedMessage(path));
    // One mistake, one message: named once, and nothing that only follows from it.
    expect(messages.filter((message) => message.includes(expectedMessage(path))), 'named more than once').toHaveLength(1);
    if (ONE_MESSAGE.has(path.split('/')[0]!)) {
      expect(messages, 'more than one message for one mistake').toHaveLength(1);
    }
  });
});
