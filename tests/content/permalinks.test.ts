/**
 * Published URLs never break: the committed lock lists every URL the content makes, and
 * a copy of the content with an event renamed or removed fails the content check (and so
 * `npm test` and the build) with the lost URL named, until a redirect is declared.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { LOCK_FILE, parseLock, publishedUrls, unlockedUrls } from '../../src/lib/site/permalinks.ts';
import { listPagePaths } from '../../src/lib/view/list-pages.ts';

const EVENT = '2019-10-13-westminster-protest';

function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-permalinks-'));
  cpSync('content', dir, { recursive: true });
  return dir;
}

function eachArticle(dir: string, edit: (text: string) => string): void {
  for (const name of readdirSync(join(dir, 'articles'))) {
    const path = join(dir, 'articles', name);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
}

function checkCli(dir: string) {
  return spawnSync(process.execPath, ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
}

describe('the permalink lock', () => {
  it('lists every URL the content publishes (run "npm run permalinks" after adding content)', () => {
    const { content, errors } = checkContentDir('content');
    expect(errors).toEqual([]);
    const locked = parseLock(readFileSync(join('content', LOCK_FILE), 'utf8'));
    expect(unlockedUrls(locked, publishedUrls(content, listPagePaths(content, 'content')))).toEqual([]);
    expect(locked).toContain(`events/${EVENT}/`);
    // List pages are locked too: the people and filter pages, the indexes.
    expect(locked).toEqual(expect.arrayContaining(['people/', 'people/donald-trump/', 'places/', 'actors/turkey/']));
  });

  it("fails the content check, naming the list page, when a person's page moves without a redirect", () => {
    const dir = copyContent();
    const people = join(dir, 'people.yaml');
    writeFileSync(people, readFileSync(people, 'utf8').replace('- id: sarah-sanders', '- id: sarah-huckabee-sanders'));

    const result = checkCli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'permalinks.lock: /people/sarah-sanders/: was published and no longer resolves: declare a redirect for "people/sarah-sanders/"',
    );

    appendFileSync(join(dir, 'redirects.yaml'), 'people/sarah-sanders/: people/sarah-huckabee-sanders/\n');
    const fixed = checkCli(dir);
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
  });

  it('fails the content check, naming the filter page, when the events lose their topics', () => {
    const dir = copyContent();
    const { content } = checkContentDir('content');
    const lists = listPagePaths(content, 'content').filter((path) => /^topics\/[^/]+\/$/.test(path));
    expect(lists.length).toBeGreaterThan(0);
    // Take every topic away from the events: every topic's page is gone.
    const events = parse(readFileSync(join(dir, 'events.yaml'), 'utf8')) as { topics?: string[] }[];
    writeFileSync(join(dir, 'events.yaml'), stringify(events.map(({ topics: _topics, ...event }) => event)));

    const result = checkCli(dir);
    expect(result.status).toBe(1);
    for (const path of lists) expect(result.stderr).toContain(`/${path}: was published and no longer resolves`);
  });

  it('fails the content check, naming the lost URL, when an event is renamed without a redirect', () => {
    const dir = copyContent();
    const rename = (text: string) => text.replaceAll(EVENT, `${EVENT}-renamed`);
    writeFileSync(join(dir, 'events.yaml'), rename(readFileSync(join(dir, 'events.yaml'), 'utf8')));
    eachArticle(dir, rename);

    const result = checkCli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`permalinks.lock: /events/${EVENT}/: was published and no longer resolves: declare a redirect for "events/${EVENT}/"`);
    expect(result.stderr).toMatch(new RegExp(`/events/${EVENT}/#claim-[\\w-]+: was published and no longer resolves`));

    // Declaring the redirect is the fix, for the page and for its claims' anchors.
    appendFileSync(join(dir, 'redirects.yaml'), `events/${EVENT}/: events/${EVENT}-renamed/\n`);
    const fixed = checkCli(dir);
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
  });

  it('fails the content check and the build when an event and its claims are removed', () => {
    const dir = copyContent();
    const events = parse(readFileSync(join(dir, 'events.yaml'), 'utf8')) as { id: string }[];
    writeFileSync(join(dir, 'events.yaml'), stringify(events.filter((event) => event.id !== EVENT)));
    eachArticle(dir, (text) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const doc = parseDocument(front);
      const claims = doc.get('claims') as { items: { get(key: string): unknown }[] };
      claims.items = claims.items.filter((claim) => claim.get('event') !== EVENT);
      return `---\n${doc.toString()}---\n${body}`;
    });

    const result = checkCli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`/events/${EVENT}/: was published and no longer resolves`);

    const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', mkdtempSync(join(tmpdir(), 'dist-lost-'))], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(`/events/${EVENT}/: was published and no longer resolves`);
  });
});
