/** Every page's CSP, read from the pages or, for a page unchanged since, from the last build's record. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pagePolicies } from '../../src/lib/site/page-policies.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const html = (policy: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body><p>content="not-a-policy"</p></body></html>`;

function page(path: string, policy: string, seconds: number): void {
  const file = join(dir, 'out', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html(policy));
  utimesSync(file, seconds, seconds);
}

describe('page policies', () => {
  it('reads each page’s head, in file order, unescaping quotes, and records them', () => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    page('index.html', 'script-src &#39;self&#39;', 1000);
    page('events/a/index.html', 'script-src &#39;sha256-a&#39;', 1000);
    writeFileSync(join(dir, 'out', 'feed.xml'), html('not a page'));
    const cache = join(dir, 'cache', 'page-policies.json');
    expect(pagePolicies(join(dir, 'out'), cache).sort()).toEqual(["script-src 'self'", "script-src 'sha256-a'"]);
    const record = JSON.parse(readFileSync(cache, 'utf8')) as { policies: string[]; pages: Record<string, unknown> };
    expect(Object.keys(record.pages).sort()).toEqual(['events/a/index.html', 'index.html']);
  });

  it('takes an unchanged page’s policies from the record and reads a page whose time or size changed', () => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    const out = join(dir, 'out');
    const cache = join(dir, 'cache', 'page-policies.json');
    page('a/index.html', 'a', 1000);
    page('b/index.html', 'b', 1000);
    page('c/index.html', 'c', 1000);
    pagePolicies(out, cache);
    // What the record says of a and b is kept apart from what their files now say, to tell
    // which was read: a is unchanged, b was written again at once (same size, new time), c grew.
    const record = JSON.parse(readFileSync(cache, 'utf8')) as { policies: string[] };
    record.policies = record.policies.map((policy) => `${policy} (recorded)`);
    writeFileSync(cache, JSON.stringify(record));
    page('b/index.html', 'B', 2000);
    page('c/index.html', 'cc', 1000);
    expect(pagePolicies(out, cache).sort()).toEqual(['B', 'a (recorded)', 'cc']);
  });

  it('reads the pages in the order of a recursive readdir, and none of the search index', () => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    const out = join(dir, 'out');
    for (const path of ['z/index.html', 'a/b/index.html', 'index.html', 'a/index.html', 'pagefind/x.html'])
      page(path, path, 1000);
    const order = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind/'),
    );
    expect(pagePolicies(out, join(dir, 'cache.json'))).toEqual(order);
    expect(order).toHaveLength(4);
  });

  it('reads every page when the record is missing or not one', () => {
    dir = mkdtempSync(join(tmpdir(), 'policies-'));
    const cache = join(dir, 'page-policies.json');
    writeFileSync(cache, '{"not": "a record"');
    page('a/index.html', 'a', 1000);
    expect(pagePolicies(join(dir, 'out'), cache)).toEqual(['a']);
  });
});
