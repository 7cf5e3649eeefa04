/**
 * Content that is legal but dangerous (`tests/fixtures/hostile/`): every field the schema
 * accepts filled with text that looks like markup or script — an unclosed `</script`,
 * quotes that would break out of an attribute, entities, `<script>` in inline code, a
 * link title with a quote. The check accepts it; the built pages must show it as text,
 * valid HTML, and run nothing, in the static files and in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { htmlErrors, htmlPagesIn, inertnessProblems } from '../site/page-checks.ts';
import { describeInBrowser, type Session } from '../browser/harness.ts';
import { sitePages } from '../browser/site-pages.ts';
import { isolatedBuild, type IsolatedBuild } from './isolated-build.ts';

const HOSTILE = 'tests/fixtures/hostile';
const { content, errors } = checkContentDir(HOSTILE);
const article = content.articles.find((a) => a.slug === '2018-12-20-hostile-but-legal')!;
const event = content.events.find((e) => e.id === '2018-12-15-coalition-airstrikes')!;

let build: IsolatedBuild;
beforeAll(async () => {
  build = await isolatedBuild('hostile', { content: HOSTILE });
}, 600_000);
afterAll(() => {
  if (build) rmSync(build.root, { recursive: true, force: true });
});

/** Parsed with `<pre>` as markup, so the code inside it is an element. */
const page = (file: string) =>
  parse(readFileSync(join(build.outDir, file), 'utf8'), { blockTextElements: { script: true, style: true } });

describe('legal but dangerous content', () => {
  it('is accepted by the content check', () => {
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(article.data.title).toContain('</script');
  });

  it('reaches no page as script, handler, frame or unsafe URL', () => {
    const files = htmlPagesIn(build.outDir);
    expect(files).toContain('articles/2018-12-20-hostile-but-legal/index.html');
    for (const file of files) {
      expect(inertnessProblems(readFileSync(join(build.outDir, file), 'utf8')), file).toEqual([]);
    }
  });

  it('keeps every page valid HTML', async () => {
    await expect(htmlErrors(build.outDir)).resolves.toEqual([]);
  });

  it('shows the reader the text exactly as written', () => {
    const articlePage = page('articles/2018-12-20-hostile-but-legal/index.html');
    expect(articlePage.querySelector('h1')?.text).toBe(article.data.title);
    expect(articlePage.querySelector('title')?.text).toContain(article.data.title);
    const codes = articlePage.querySelectorAll('.prose code').map((code) => code.text.trim());
    expect(codes).toEqual([
      "<script>alert('code')</script>",
      "<img src=x onerror=alert('code-img')>",
      '<iframe src="https://evil.example/frame"></iframe>',
    ]);
    const claim = article.data.claims[0]!;
    const card = articlePage.getElementById(`claim-${claim.id}`)!;
    expect(card.querySelector('blockquote')?.text.trim()).toBe(claim.quote);
    expect(card.querySelector('.claim__says')?.text).toBe(claim.says);
    expect(card.querySelector('.figure')?.text).toContain(claim.figure!.given);
    expect(articlePage.querySelector(`mark#quote-${claim.id}`)?.text).toBe(claim.quote);

    const eventPage = page(`events/${event.id}/index.html`);
    expect(eventPage.querySelector('h1')?.text).toBe(event.title);
    expect(eventPage.querySelector('.lede')?.text).toBe(event.summary);
  });

  it("keeps every claim's highlight and anchor, also a quote inside another claim's quote", () => {
    for (const { slug, data } of content.articles) {
      const articlePage = page(`articles/${slug}/index.html`);
      for (const claim of data.claims) {
        expect(articlePage.querySelectorAll(`mark[id="quote-${claim.id}"]`), `${slug}: ${claim.id}`).toHaveLength(1);
      }
    }
  });

  it('keeps a link title and address that try to break out of their attribute inside it', () => {
    const links = page('articles/2018-12-20-hostile-but-legal/index.html').querySelectorAll(
      '.prose a[href^="https:"], .prose a[href^="HTTPS:"]',
    );
    expect(links.map((link) => Object.keys(link.attributes).sort())).toEqual([
      ['href', 'rel', 'title'],
      ['href', 'rel'],
      ['href', 'rel'],
    ]);
  });
});

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/y;
  while (field.lastIndex < text.length) {
    const match = field.exec(text);
    if (!match) throw new Error(`not CSV at ${field.lastIndex}`);
    rows.at(-1)!.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
    if (match[3] === '\r\n' && field.lastIndex < text.length) rows.push([]);
  }
  return rows;
}

describe('legal but dangerous content in the feed and the exports', () => {
  const file = (name: string) => readFileSync(join(build.outDir, name), 'utf8');
  const claim = article.data.claims[0]!;

  it('the JSON exports carry every text exactly as written', () => {
    const events = JSON.parse(file('data/events.json')).events as { id: string; title: string; summary: string }[];
    expect(events.find((e) => e.id === event.id)).toMatchObject({ title: event.title, summary: event.summary });
    const claims = JSON.parse(file('data/claims.json')).claims as { id: string; says: string; quote: string }[];
    expect(claims.find((c) => c.id === claim.id)).toMatchObject({ says: claim.says, quote: claim.quote, by: claim.by });
  });

  it('the CSV keeps one row a figure, its columns whole, its text exact', () => {
    const [header, ...rows] = csvRows(file('data/figures.csv'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row[0]).toHaveLength(header!.length);
    const row = rows.find((r) => r[header!.indexOf('claim')] === claim.id)!;
    expect(row[header!.indexOf('given')]).toBe(claim.figure!.given);
    expect(row[header!.indexOf('by_as_written')]).toBe(claim.by);
    expect(row[header!.indexOf('publisher')]).toBe(article.data.source.publisher);
  });

  it('the feed escapes the text, so a reader sees it as written and no markup gets in', () => {
    const feed = file('rss.xml');
    expect(feed).not.toMatch(/<(script|img|svg|b)\b/i);
    const item = parse(feed)
      .querySelectorAll('item')
      .find((i) => i.querySelector('guid')?.text.endsWith(`/events/${event.id}/`));
    expect(item, 'the event is in the feed').toBeDefined();
    expect(item!.querySelector('title')!.text).toBe(event.title);
  });
});

describeInBrowser(
  'legal but dangerous content in Chromium',
  (env) => {
    let session: Session;
    beforeAll(async () => {
      session = await env.session();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('runs nothing and loads nothing from elsewhere on any page', async () => {
      const pages = sitePages(env.dir);
      expect(pages).toContain('articles/2018-12-20-hostile-but-legal/');
      for (const path of pages) {
        await session.goto(path);
        // Hover and focus everything, in case a handler did get through.
        // (Links inside a closed <details> cannot be hovered; they are still focused.)
        for (const link of await session.page.locator('main a, main mark, main .figure').all()) {
          if (await link.isVisible()) await link.hover();
          await link.focus();
        }
        // The only scripts are the site's own: the theme script, bundled files, JSON-LD, and
        // inline modules whose SHA-256 the page's CSP lists (content cannot add a hash).
        const foreign = await session.page.evaluate(async () => {
          const policy =
            document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
          const hashOf = async (text: string) =>
            btoa(
              String.fromCharCode(
                ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
              ),
            );
          const found: string[] = [];
          for (const s of document.scripts) {
            if (
              s.hasAttribute('data-site-script') ||
              /\/_astro\/[\w.-]+\.js$/.test(s.src) ||
              s.type === 'application/ld+json'
            )
              continue;
            if (!s.src && s.type === 'module' && policy.includes(`'sha256-${await hashOf(s.text)}'`)) continue;
            found.push(s.outerHTML.slice(0, 80));
          }
          return found;
        });
        expect(foreign, path).toEqual([]);
      }
      session.expectClean();
    });

    it('has a feed that is well-formed XML, the titles as written', async () => {
      await session.goto('');
      const titles = await session.page.evaluate(async () => {
        const xml = new DOMParser().parseFromString(await (await fetch('rss.xml')).text(), 'application/xml');
        if (xml.querySelector('parsererror')) return [`not XML: ${xml.querySelector('parsererror')!.textContent}`];
        return [...xml.querySelectorAll('item > title')].map((title) => title.textContent);
      });
      expect(titles).toContain(event.title);
      session.expectClean();
    });

    it('shows the title as text, as the reader should read it', async () => {
      await session.goto('articles/2018-12-20-hostile-but-legal/');
      await expect(session.page.locator('h1').innerText()).resolves.toBe(article.data.title);
      await expect(session.page.title()).resolves.toContain(article.data.title);
    });
  },
  () => build.outDir,
);
