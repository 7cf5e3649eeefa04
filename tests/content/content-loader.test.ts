/**
 * One road from content to page: the collections' loader stores exactly what the content
 * check read and passed, each entry with a digest, and refuses bad content by failing
 * with every mistake named; the tests' own model comes from the same entries.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { checkedContentLoader } from '../../src/lib/content/loader.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import type { CollectionName } from '../../src/lib/content/collections.ts';
import type { KnownArticles } from '../../src/lib/content/checked.ts';
import { readerDigest } from '../../src/lib/content/known-articles.ts';

const VALID = 'tests/fixtures/valid';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const cacheDir = mkdtempSync(join(tmpdir(), 'loader-cache-'));
made.push(cacheDir);

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
}

/** Runs one collection's loader against an in-memory store, as Astro's content layer does. */
async function load(collection: CollectionName, dir: string): Promise<Stored[]> {
  const entries = new Map<string, Stored>([['stale', { id: 'stale', data: {} }]]);
  const store = {
    set: (entry: Stored) => (entries.set(entry.id, entry), true),
    clear: () => entries.clear(),
  };
  const context = {
    collection,
    store,
    config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36) + String(JSON.stringify(data)).slice(0, 8),
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    parseData: () => {
      throw new Error('the loader stores checked data; it never parses again');
    },
  } as unknown as LoaderContext;
  const check = (folder: string, known?: KnownArticles) => checkContentDir(folder, process.cwd(), { now: new Date(), known });
  await checkedContentLoader(collection, dir, check).load(context);
  return [...entries.values()];
}

function copyOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  made.push(dir);
  cpSync(source, dir, { recursive: true });
  return dir;
}

describe('the content loader', () => {
  it('stores exactly the entries the content check passed, each with a digest', async () => {
    const { content } = checkContentDir(VALID);
    const articles = await load('articles', VALID);
    expect(articles.map((entry) => entry.id)).toEqual(content.articles.map((article) => article.slug));
    expect(articles.map((entry) => entry.data)).toEqual(content.articles.map((article) => article.data));
    expect(articles.map((entry) => entry.body)).toEqual(content.articles.map((article) => article.body));
    // The articles it read are saved in Astro's cache folder for the next build's check.
    const saved = readdirSync(join(cacheDir, 'content-check', readerDigest(process.cwd())));
    expect(saved).toHaveLength(content.articles.length);
    for (const [name, items] of [
      ['events', content.events],
      ['phases', content.phases],
      ['people', content.people],
    ] as const) {
      const stored = await load(name, VALID);
      expect(stored.length, name).toBeGreaterThan(0);
      expect(stored.map((entry) => entry.data)).toEqual(items);
      expect(stored.every((entry) => entry.id === entry.data.id && entry.filePath === join(VALID, `${name}.yaml`))).toBe(
        true,
      );
    }
    expect([...articles, ...(await load('events', VALID))].every((entry) => typeof entry.digest === 'string')).toBe(
      true,
    );
  });

  it('keeps a bare YAML date as the day it names, a string, not a Date in some zone', async () => {
    const [article] = await load('articles', VALID);
    expect(article!.data.published).toEqual({ date: '2018-12-19', certainty: 'known' });
    const events = await load('events', VALID);
    expect(events.every((entry) => typeof entry.data.date === 'string')).toBe(true);
  });

  it('fails on bad content with every mistake named by file and field, and no stack trace', async () => {
    const dir = copyOf(VALID);
    cpSync('tests/fixtures/bad-content/known-event/unknown-event.md', join(dir, 'articles/unknown-event.md'));
    const failure = await load('events', dir).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toContain(
      `${relative(process.cwd(), join(dir, 'articles/unknown-event.md'))}: claims[0] (c1).event: no event "2018-12-32-no-such-event"`,
    );
    expect(failure?.stack).toBe('');
  });

  it('refuses a folder with no article rather than building an empty site', async () => {
    const dir = copyOf(VALID);
    rmSync(join(dir, 'articles', '2018-12-19-troops-out.md'));
    await expect(load('articles', dir)).rejects.toThrow(/articles: \(folder\): has no article \(\*\.md\)/);
  });

  it('checks again after a file changes, and stores what the new check passed', async () => {
    const dir = copyOf(VALID);
    expect((await load('phases', dir)).length).toBeGreaterThan(0);
    cpSync('tests/fixtures/bad-content/not-empty/no-phases.phases.yaml', join(dir, 'phases.yaml'));
    await expect(load('phases', dir)).rejects.toThrow(/phases\.yaml: \(root\): lists nothing/);
  });
});

describe('entries from a content folder outside the project', () => {
  it('name their files relative to the project root, as Astro requires', async () => {
    const dir = copyOf(VALID);
    const entries = [...(await load('articles', dir)), ...(await load('events', dir))];
    expect(entries.every((entry) => entry.filePath && !entry.filePath.startsWith('/'))).toBe(true);
  });
});
