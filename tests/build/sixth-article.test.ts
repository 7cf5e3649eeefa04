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
import { countInWords } from '../../src/lib/model/labels.ts';
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

// Every count below is worked out from `content/` and the fixture, so that the test holds
// whatever articles `content/` has.
const articles = before.articles.length + 1;
const words = countInWords(articles);
const claimCount = (list: typeof content.articles) => list.reduce((n, a) => n + a.data.claims.length, 0);
const month = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const days = content.articles.map((a) => a.data.published.date).sort();
const span = `between ${month(days[0]!)} and ${month(days.at(-1)!)}`;

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const meta = (path: string, name: string) =>
  page(path).querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

beforeAll(async () => {
  out = (await isolatedBuild('sixth-article', { content: dir })).outDir;
});

describe('a sixth article, added as content only', () => {
  it('is valid content, and its permalinks are locked', () => {
    expect(errors).toEqual([]);
    expect(content.articles).toHaveLength(articles);
    const locked = new Set(parseLock(readFileSync(join(dir, 'permalinks.lock'), 'utf8')));
    expect(publishedUrls(content).filter((url) => !locked.has(url))).toEqual([]);
  });

  it('is counted in the footer, the site description and the articles page', () => {
    for (const path of ['', 'about/', `events/${EVENT}/`]) {
      const footer = page(path).querySelector('footer')!.textContent;
      expect(footer).toContain(`Built from ${articles} news articles published ${span}.`);
      expect(footer).not.toContain(`${articles - 1} news articles`);
      expect(meta(path, 'description')).not.toContain(`${countInWords(articles - 1)} news articles`);
    }
    expect(meta('', 'description')).toContain(`built from ${words} news articles, claim by claim`);
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain(`built from ${words} news articles`);
    expect(meta('articles/', 'description')).toBe(
      `The ${words} news articles the timeline is built from, with what is known of where each comes from.`,
    );
  });

  it('is listed with the others, oldest first, and has its page', () => {
    const list = page('articles/').querySelectorAll('.article-list > li a');
    expect(list).toHaveLength(articles);
    const oldestFirst = [...content.articles].sort(
      (a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.slug.localeCompare(b.slug),
    );
    const at = oldestFirst.findIndex((a) => a.slug === ARTICLE);
    expect(list[at]!.getAttribute('href')).toBe(`/articles/${ARTICLE}/`);
    expect(page('articles/').querySelector('.lede')!.textContent).toContain(`these ${articles} articles`);
    expect(page(`articles/${ARTICLE}/`).querySelector('h1')!.textContent).toContain('a sixth article');
  });

  it('brings its event, claims and place into every count and list of the timeline', () => {
    const events = before.events.length + 1;
    const claims = claimCount(content.articles);
    expect(claims).toBe(claimCount(before.articles) + 2);
    const home = page('');
    expect(home.querySelector('.lede')!.textContent).toContain(
      `${events} events and ${claims} claims from ${articles} articles.`,
    );
    expect(home.querySelectorAll('li.entry')).toHaveLength(events);
    expect(home.getElementById(EVENT)).not.toBeNull();
    expect(page('about/').querySelector('.prose')!.textContent).toContain(`${articles} news articles`);
    expect(page(`events/${EVENT}/`).querySelectorAll('.claim')).toHaveLength(2);
    expect(page('places/fixture-town/').querySelector('h1')!.textContent).toBe('Events in Fixture Town');
    const measures = JSON.parse(readFileSync(join(out, 'data/claims.json'), 'utf8')).measures;
    expect(measures.map((m: { measure: string }) => m.measure)).toContain('fixture-convoys');

    const exported = JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8'));
    expect(exported.articles).toHaveLength(articles);
    expect(exported.events).toHaveLength(events);
    const sitemap = readdirSync(out)
      .filter((f) => f.startsWith('sitemap-') && f !== 'sitemap-index.xml')
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('');
    expect(sitemap).toContain(`/articles/${ARTICLE}/`);
    expect(sitemap).toContain(`/events/${EVENT}/`);
  });
});
