/**
 * Whether a build checks the site's own content (with every guard file) or a fixture's is
 * decided by the folder CONTENT_DIR names, not by whether it is set: naming the site's own
 * folder, however written, must not turn the guards off.
 */
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSiteContent } from '../../src/lib/content/load.ts';

const project = mkdtempSync(join(tmpdir(), 'site-content-'));
mkdirSync(join(project, 'content'));
mkdirSync(join(project, 'fixture'));
symlinkSync(join(project, 'content'), join(project, 'linked'));

describe('the site’s own content', () => {
  it.each([undefined, '', ' ', 'content', './content/', join(project, 'content'), 'linked', ' content '])(
    'is what CONTENT_DIR=%j names',
    (dir) => {
      expect(isSiteContent({ CONTENT_DIR: dir }, project)).toBe(true);
    },
  );

  it.each(['fixture', join(project, 'fixture'), 'missing'])('is not another folder: CONTENT_DIR=%j', (dir) => {
    expect(isSiteContent({ CONTENT_DIR: dir }, project)).toBe(false);
  });
});
