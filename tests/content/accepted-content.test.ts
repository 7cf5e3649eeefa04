/**
 * What the content check must accept, and leave as it is: CRLF line endings (read exactly
 * as their LF twin), a long article, and every file of `content/` untouched by a check.
 * And the one size it must refuse: an enormous body, made here rather than committed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { MAX_BODY_CHARS } from '../../src/lib/content/checks/article-file.ts';

const VALID = 'tests/fixtures/valid';
const CRLF = 'tests/fixtures/valid-crlf';
const ARTICLE = 'articles/2018-12-19-troops-out.md';

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The parsed content, without what names the folder it was read from. */
function parsed(dir: string) {
  const { content, errors } = checkContentDir(dir);
  return {
    errors: errors.map((error) => error.message),
    articles: content.articles.map(({ slug, data, body }) => ({ slug, data, body })),
    events: content.events,
    phases: content.phases,
  };
}

/** A copy of the valid set whose article has `body` after its frontmatter. */
function withBody(body: string): string {
  const dir = tempDir('body-');
  cpSync(VALID, dir, { recursive: true });
  const original = readFileSync(join(VALID, ARTICLE), 'utf8');
  const frontmatter = original.slice(0, original.indexOf('\n---\n') + 5);
  writeFileSync(join(dir, ARTICLE), `${frontmatter}${original.slice(frontmatter.length)}\n${body}`);
  return dir;
}

describe('content the check accepts as it is', () => {
  it('has a CRLF fixture that really is the LF set with CRLF line endings', () => {
    for (const file of [ARTICLE, 'events.yaml', 'phases.yaml']) {
      const crlf = readFileSync(join(CRLF, file), 'utf8');
      expect(crlf, file).toContain('\r\n');
      expect(crlf.replace(/\r\n/g, ''), `${file} has a bare LF`).not.toContain('\n');
      expect(crlf).toBe(readFileSync(join(VALID, file), 'utf8').replace(/\n/g, '\r\n'));
    }
  });

  it('accepts CRLF line endings, and reads them exactly as their LF twin', () => {
    const lf = parsed(VALID);
    const crlf = parsed(CRLF);
    expect(crlf.errors).toEqual([]);
    expect(crlf.articles.length).toBe(1);
    expect(crlf).toEqual(lf);
  });

  it('changes no file of content/ while checking it', () => {
    const dir = tempDir('content-');
    cpSync('content', dir, { recursive: true });
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
    const before = files.map((file) => [file, readFileSync(join(dir, file)), statSync(join(dir, file)).mtimeMs] as const);
    const { content, errors } = checkContentDir(dir);
    expect(errors).toEqual([]);
    for (const [file, bytes, mtime] of before) {
      expect(readFileSync(join(dir, file)).equals(bytes), `${file} was rewritten`).toBe(true);
      expect(statSync(join(dir, file)).mtimeMs, `${file} was touched`).toBe(mtime);
    }
    expect(readdirSync(dir, { recursive: true }).length).toBe(readdirSync('content', { recursive: true }).length);
    // The body a page is made from is the file's text after the frontmatter, unchanged.
    for (const article of content.articles) {
      const text = readFileSync(join(dir, 'articles', `${article.slug}.md`), 'utf8');
      expect(text.endsWith(article.body), article.slug).toBe(true);
    }
  });

  it('accepts a long article just under the size limit', () => {
    const paragraph = 'The withdrawal of the troops went on through the winter, town by town. ';
    const body = `${paragraph.repeat(40)}\n\n`.repeat(Math.floor((MAX_BODY_CHARS - 1_000) / (paragraph.length * 40 + 2)));
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS * 0.9);
    expect(checkContentDir(withBody(body)).errors).toEqual([]);
  });
});

describe('an enormous body', () => {
  it('is refused with its file, its field and its size, not parsed', () => {
    const body = 'Paste of a whole web page, over and over. '.repeat(120_000);
    const dir = withBody(body);
    const messages = checkContentDir(dir, dir).errors.map((error) => error.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^articles\/2018-12-19-troops-out\.md: body: is [\d,]+ characters; the limit is 200,000$/);
  });
});
