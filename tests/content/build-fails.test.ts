/**
 * Astro 7 only logs some content errors and exits 0; the build must not. A bad content
 * folder stops `astro build` with a non-zero exit and the mistake named.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'dist-bad-'));
  return spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('astro build on bad content', () => {
  it.each([
    ['known-event/unknown-event.md', 'claims[0] (c1).event: no event "2018-12-32-no-such-event"'],
    ['quote-in-body/quote-not-in-body.md', 'claims[0] (trump-orders-troops-out).quote: is not in the article body'],
    ['body-markup/raw-html-in-body.md', 'body (line 16): raw HTML is not allowed'],
    ['fields/script-in-title.md', 'title: must be plain text, not HTML'],
    ['body-markup/encoded-javascript-link-in-body.md', 'body (line 14): link to an unsafe URL'],
  ])('fails with a non-zero exit for %s', (path, message) => {
    const fixture = basename(path);
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    copyFileSync(join('tests/fixtures/bad-content', path), join(dir, 'articles', fixture));
    const result = build(dir);
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    // Named once, and nothing else: no stack trace pointing into the build's own code.
    expect(output.split(`articles/${fixture}: ${message}`).length - 1, output).toBe(1);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  it('also checks the CLI: npm run check:content exits 1 and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    copyFileSync('tests/fixtures/bad-content/fields/impossible-event-date.events.yaml', join(dir, 'events.yaml'));
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('events.yaml: [2] (2019-02-30-a-day-that-never-was).date: expected a real date');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
