import { describe, expect, it } from 'vitest';
import {
  checkBodyLinks,
  checkPermalinks,
  followMoved,
  followRedirects,
  formatLock,
  parseLock,
  publishedUrls,
  readRedirects,
} from '../../src/lib/site/permalinks.ts';

const content = {
  events: [{ id: '2019-10-13-a' }, { id: '2019-10-14-b' }],
  articles: [
    {
      slug: 'art',
      data: {
        claims: [
          { id: 'c1', event: '2019-10-13-a', figure: { measure: 'm1' } },
          { id: 'c2', event: '2019-10-14-b' },
        ],
      },
    },
  ],
};
const files = { lock: 'content/permalinks.lock', redirects: 'content/redirects.yaml' };
const current = publishedUrls(content);
const problems = (locked: string[], redirects: Record<string, string> = {}) =>
  checkPermalinks(locked, current, readRedirects(redirects, files.redirects).redirects, files).map(
    (error) => error.message,
  );

describe('permalinks', () => {
  it('publishes the fixed pages, every event, article and measure, every claim anchor and every claim page', () => {
    expect(current).toEqual([
      '',
      'about/',
      'articles/',
      'articles/art/',
      'claims/',
      'claims/m1/',
      'corrections/',
      'embed/claims/m1/',
      'embed/events/2019-10-13-a/',
      'embed/events/2019-10-14-b/',
      'embed/timeline/',
      'events/',
      'events/2019-10-13-a/',
      'events/2019-10-13-a/#claim-c1',
      'events/2019-10-13-a/claims/c1/',
      'events/2019-10-14-b/',
      'events/2019-10-14-b/#claim-c2',
      'events/2019-10-14-b/claims/c2/',
      'standards/',
    ]);
  });

  it('lets a removed page lead to the live search for it, a page of the site', () => {
    const gone = 'events/2019-10-01-gone/';
    expect(problems([gone], { [gone]: 'search/?q=gone+event' })).toEqual([]);
    expect(problems([gone], { [gone]: 'nowhere/?q=gone' })).toContainEqual(
      'content/redirects.yaml: events/2019-10-01-gone/: leads to "nowhere/?q=gone", which is not a page of the site',
    );
    expect(readRedirects({ [gone]: 'search/?q=<script>' }, files.redirects).errors[0]?.message).toMatch(
      /the new path must be a page path/,
    );
  });

  it('prints a control character in a key escaped, never raw: an escape sequence would act on the terminal', () => {
    const [error] = readRedirects({ 'events/\u001b[2Jx/': 'events/y/' }, files.redirects).errors;
    expect(error?.message).toContain('events/\\u{001B}[2Jx/');
    expect(error?.message).not.toContain('\u001b');
  });

  it('writes the lock as paths from the base, and reads it back', () => {
    const text = formatLock(current);
    expect(text).toContain('\n/\n/about/\n');
    expect(parseLock(text)).toEqual(current);
  });

  it('accepts a lock whose URLs all still resolve', () => {
    expect(problems(current)).toEqual([]);
  });

  it('names a lost page and tells how to fix it', () => {
    expect(problems(['events/2019-10-12-gone/'])).toEqual([
      'content/permalinks.lock: /events/2019-10-12-gone/: was published and no longer resolves: declare a redirect for "events/2019-10-12-gone/" in content/redirects.yaml',
    ]);
  });

  it('lets a redirect keep a lost page and its claim anchors alive', () => {
    const redirects = { 'events/2019-10-13-old/': 'events/2019-10-13-a/' };
    expect(problems(['events/2019-10-13-old/', 'events/2019-10-13-old/#claim-c1'], redirects)).toEqual([]);
    // …but not an anchor the new page does not have.
    expect(problems(['events/2019-10-13-old/#claim-c2'], redirects)).toHaveLength(1);
  });

  it('names a claim anchor that vanished from a page that is still there', () => {
    expect(problems(['events/2019-10-13-a/#claim-renamed'])[0]).toMatch(
      /#claim-renamed: was published and no longer resolves: the claim is no longer on this page/,
    );
  });

  it('refuses redirects that loop, lead nowhere or hide a live page', () => {
    expect(problems([], { 'events/x/': 'events/y/', 'events/y/': 'events/x/' })).toContain(
      'content/redirects.yaml: events/x/: the redirects go round in a loop',
    );
    expect(problems([], { 'events/x/': 'events/nowhere/' })).toEqual([
      'content/redirects.yaml: events/x/: leads to "events/nowhere/", which is not a page of the site',
    ]);
    expect(problems([], { 'events/2019-10-13-a/': 'events/2019-10-14-b/' })[0]).toMatch(/is still a page of the site/);
    expect(
      followRedirects(
        'events/a/',
        new Map([
          ['events/a/', 'events/b/'],
          ['events/b/', 'events/c/'],
        ]),
      ),
    ).toBe('events/c/');
  });

  it('refuses redirect entries that are not page paths', () => {
    const { errors } = readRedirects({ '/events/x': 'events/y/', 'events/z/': 42 }, files.redirects);
    expect(errors.map((error) => error.message)).toEqual([
      'content/redirects.yaml: /events/x: the old path must be a page path like "events/old-id/"',
      'content/redirects.yaml: events/z/: the new path must be a page path like "events/new-id/"',
    ]);
    expect(readRedirects(['a'], files.redirects).errors[0]?.message).toMatch(/expected a map/);
  });
  it('follows a moved event for the pages inside it: a claim’s page goes with its event', () => {
    const moved = readRedirects({ 'events/2019-10-13-old/': 'events/2019-10-13-a/' }, files.redirects).redirects;
    expect(followMoved('events/2019-10-13-old/claims/c1/', moved)).toBe('events/2019-10-13-a/claims/c1/');
    expect(followMoved('events/2019-10-13-old/', moved)).toBe('events/2019-10-13-a/');
    expect(followMoved('events/2019-10-14-b/claims/c2/', moved)).toBe('events/2019-10-14-b/claims/c2/');
    expect(checkPermalinks(['events/2019-10-13-old/claims/c1/'], current, moved, files)).toEqual([]);
  });
});

describe('links of an article body to the site', () => {
  const linkProblems = (urls: string[], redirects: Record<string, string> = {}, lists?: string[]) =>
    checkBodyLinks(
      [{ file: 'content/articles/art.md', siteLinks: urls.map((url, i) => ({ url, line: i + 1 })) }],
      lists === undefined ? current : publishedUrls(content, lists),
      readRedirects(redirects, files.redirects).redirects,
      lists !== undefined,
    ).map((error) => error.message);

  it('accepts a page the content makes, a claim of its event, a redirect’s source, the home page and a query', () => {
    const moved = { 'events/2019-10-12-old/': 'events/2019-10-13-a/' };
    const links = ['/', '/events/2019-10-13-a/#claim-c1', '/articles/art/', '/events/2019-10-12-old/#claim-c1'];
    expect(linkProblems([...links, '/events/2019-10-14-b/?x=1#top', '/search/?q=kobani'], moved)).toEqual([]);
  });

  it('names the file, the line and the link of a page that does not exist, or a claim not on its page', () => {
    expect(linkProblems(['/events/nope/#claim-zz', '/events/2019-10-13-a/#claim-c2', '/events/2019-10-13-a'])).toEqual([
      expect.stringContaining(
        'content/articles/art.md: body (line 1): links to "/events/nope/#claim-zz", which is not a page',
      ),
      expect.stringContaining('body (line 2): links to "/events/2019-10-13-a/#claim-c2", its page has no claim "c2"'),
      expect.stringContaining('body (line 3): links to "/events/2019-10-13-a", which is not a page'),
    ]);
  });

  it('judges a link to a list page only where the list pages are known', () => {
    expect(linkProblems(['/people/nobody/'])).toEqual([]);
    expect(linkProblems(['/people/somebody/'], {}, ['people/somebody/'])).toEqual([]);
    expect(linkProblems(['/people/nobody/'], {}, ['people/somebody/'])).toHaveLength(1);
  });
});
