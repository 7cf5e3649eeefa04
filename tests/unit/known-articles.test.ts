/**
 * The articles a build's content check read and passed, saved for the next: an unchanged
 * article is taken as read, and the check comes to exactly what reading every file gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from '../../bench/generate.ts';
import { articleDigest, checkContent } from '../../src/lib/content/content-check.ts';
import { readContentDir } from '../../src/lib/content/load.ts';
import { READER_SOURCES, readerDigest, savedArticles } from '../../src/lib/content/known-articles.ts';
import type { CheckedArticle, KnownArticles, RawContent } from '../../src/lib/content/checked.ts';

const dir = mkdtempSync(join(tmpdir(), 'known-articles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Today: a correction of the site's content is never dated after it (the check refuses one that is).
const now = new Date();
generateContent(join(dir, 'generated'), 60);

/** Counts the articles taken as known. */
function counted(known: KnownArticles): KnownArticles & { hits: number } {
  const counter = {
    hits: 0,
    get: (digest: string) => {
      const article = known.get(digest);
      if (article) counter.hits += 1;
      return article;
    },
    set: (digest: string, article: CheckedArticle) => known.set(digest, article),
  };
  return counter;
}

describe.each([
  ['the site’s content', 'content'],
  ['generated content', join(dir, 'generated')],
])('saved articles, on %s', (_name, folder) => {
  const raw = readContentDir(folder);
  const plain = checkContent(raw, { now });

  it('come to exactly what reading every file gives, each article taken as known the second time', () => {
    expect(plain.errors).toEqual([]);
    const file = join(dir, `saved-${raw.articles.length}`);
    const first = savedArticles(file, 'reader');
    expect(checkContent(raw, { now, known: first })).toStrictEqual(plain);
    first.prune();
    const second = counted(savedArticles(file, 'reader'));
    expect(checkContent(raw, { now, known: second })).toStrictEqual(plain);
    expect(second.hits).toBe(raw.articles.length);
  });

  it('are not taken when another reader saved them', () => {
    const file = join(dir, `other-${raw.articles.length}`);
    const first = savedArticles(file, 'reader');
    checkContent(raw, { now, known: first });
    first.prune();
    const other = counted(savedArticles(file, 'another reader'));
    expect(checkContent(raw, { now, known: other })).toStrictEqual(plain);
    expect(other.hits).toBe(0);
  });
});

describe('an article that changed', () => {
  it('is read again, and its mistake reported; an article with a mistake is not saved', () => {
    const raw = readContentDir('content');
    const file = join(dir, 'changed');
    const first = savedArticles(file, 'reader');
    checkContent(raw, { now, known: first });
    first.prune();
    const [edited, ...rest] = raw.articles;
    const text = new TextDecoder().decode(edited!.bytes).replace(/^( +date: )".*"$/m, '$1"2019-02-30"');
    const broken: RawContent = { ...raw, articles: [{ ...edited!, bytes: new TextEncoder().encode(text) }, ...rest] };
    const known = savedArticles(file, 'reader');
    const result = checkContent(broken, { now, known });
    expect(result.errors.map((error) => `${error.file} ${error.field}`)).toContain(`${edited!.path} published.date`);
    expect(known.get(articleDigest(broken.articles[0]!))).toBeUndefined();
    known.prune();
    expect(savedArticles(file, 'reader').get(articleDigest(broken.articles[0]!))).toBeUndefined();
    expect(savedArticles(file, 'reader').get(articleDigest(rest[0]!))).toBeDefined();
  });
});

describe('pruning', () => {
  it('forgets the articles a check did not look up, and what another reader saved', () => {
    const raw = readContentDir('content');
    const folder = join(dir, 'pruned');
    const old = savedArticles(folder, 'old reader');
    checkContent(raw, { now, known: old });
    old.prune();
    const all = savedArticles(folder, 'reader');
    checkContent(raw, { now, known: all });
    all.prune();
    const fewer: RawContent = { ...raw, articles: raw.articles.slice(1) };
    const some = savedArticles(folder, 'reader');
    checkContent(fewer, { now, known: some });
    some.prune();
    expect(readdirSync(folder)).toEqual(['reader']);
    expect(readdirSync(join(folder, 'reader'))).toHaveLength(raw.articles.length - 1);
    expect(savedArticles(folder, 'reader').get(articleDigest(raw.articles[0]!))).toBeUndefined();
  });
});

describe('the reader’s digest', () => {
  it('changes with any file of the code that reads an article, and with the lock file', () => {
    const root = join(dir, 'root');
    for (const source of READER_SOURCES) cpSync(source, join(root, source), { recursive: true });
    const before = readerDigest(root);
    expect(readerDigest(root)).toBe(before);
    mkdirSync(join(root, 'src/lib/content/checks'), { recursive: true });
    writeFileSync(join(root, 'src/lib/content/checks/new-rule.ts'), 'export {};\n');
    const withRule = readerDigest(root);
    expect(withRule).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(readerDigest(root)).not.toBe(withRule);
  });
});
