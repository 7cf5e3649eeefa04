/**
 * Adding an article is a content change only: a copy of `content/` with a sixth article
 * (`tests/fixtures/sixth-article/`: the article, its event, its speaker and its permalinks,
 * each appended to the file of the same name) builds a site whose every count, list and
 * description follows, with no change to the code.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { parseLock, publishedUrls } from '../../src/lib/site/permalinks.ts';
import { isolatedBuild } from './isolated-build.ts';

const FIXTURE = 'tests/fixtures/sixth-article';
const ARTICLE = '2019-11-02-test-fixture-sixth-article';
const EVENT = '2019-11-01-fixture-convoys-counted';

function contentWithSixthArticle(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sixth-article-')), 'content');
  cpSync('content', dir, { recursive: true });
  cpSync(join(FIXTURE, 'articles'), join(dir, 'articles'), { recursive: true });
  for (const file of ['events.yaml', 'people.yaml', 'permalinks.lock']) {
    appendFileSync(join(dir, file), readFileSync(join(FIXTURE, file)));
  }
  return dir;
}

const before = checkContentDir('content').content;
const dir = contentWithSixthArticle();
const { content, errors } = checkContentDir(dir);
let out = '';

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const meta = (path: string, name: string) =>
  page(path).querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

beforeAll(async () => {
  out = (await isolatedBuild('sixth-article', { content: dir })).outDir;
}, 300_000);

describe('a sixth article, added as content only', () => {
  it('is valid content, and its permalinks are locked', () => {
    expect(errors).toEqual([]);
    expect(before.articles).toHaveLength(5);
    expect(content.articles).toHaveLength(6);
    const locked = new Set(parseLock(readFileSync(join(dir, 'permalinks.lock'), 'utf8')));
    expect(publishedUrls(content).filter((url) => !locked.has(url))).toEqual([]);
  });

  it('is counted in the footer, the site description and the articles page', () => {
    for (const path of ['', 'about/', `events/${EVENT}/`]) {
      const footer = page(path).querySelector('footer')!.textContent;
      expect(footer).toContain('Built from 6 news articles published between December 2018 and November 2019.');
      expect(footer).not.toMatch(/\b(5|five) news articles/);
      expect(meta(path, 'description').includes('five')).toBe(false);
    }
    expect(meta('', 'description')).toContain('built from six news articles, claim by claim');
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('built from six news articles');
    expect(meta('articles/', 'description')).toBe(
      'The six news articles the timeline is built from, with what is known of where each comes from.',
    );
  });

  it('is listed with the others, oldest first, and has its page', () => {
    const list = page('articles/').querySelectorAll('.article-list > li a');
    expect(list).toHaveLength(6);
    expect(list.at(-1)!.getAttribute('href')).toBe(`/articles/${ARTICLE}/`);
    expect(page('articles/').querySelector('.lede')!.textContent).toContain('these 6 articles');
    expect(page(`articles/${ARTICLE}/`).querySelector('h1')!.textContent).toContain('a sixth article');
  });

  it('brings its event, claims and place into every count and list of the timeline', () => {
    const events = before.events.length + 1;
    const claims = content.articles.reduce((n, a) => n + a.data.claims.length, 0);
    expect(claims).toBe(before.articles.reduce((n, a) => n + a.data.claims.length, 0) + 2);
    const home = page('');
    expect(home.querySelector('.lede')!.textContent).toContain(
      `${events} events, told through ${claims} claims from 6 articles.`,
    );
    expect(home.querySelectorAll('li.entry')).toHaveLength(events);
    expect(home.getElementById(EVENT)).not.toBeNull();
    expect(page('about/').querySelector('.prose')!.textContent).toContain('6 news articles');
    expect(page(`events/${EVENT}/`).querySelectorAll('.claim')).toHaveLength(2);
    expect(page('places/fixture-town/').querySelector('h1')!.textContent).toBe('Events in Fixture Town');
    const measures = JSON.parse(readFileSync(join(out, 'data/claims.json'), 'utf8')).measures;
    expect(measures.map((m: { measure: string }) => m.measure)).toContain('fixture-convoys');

    const exported = JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8'));
    expect(exported.articles).toHaveLength(6);
    expect(exported.events).toHaveLength(events);
    const sitemap = readdirSync(out)
      .filter((f) => f.startsWith('sitemap-') && f !== 'sitemap-index.xml')
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('');
    expect(sitemap).toContain(`/articles/${ARTICLE}/`);
    expect(sitemap).toContain(`/events/${EVENT}/`);
  });
});
