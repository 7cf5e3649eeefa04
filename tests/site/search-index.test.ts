/**
 * The Pagefind index as search shows it: its excerpts are the pages' own words, without the
 * text of controls ("Copy link", "Share…") and without words run together where compressed
 * HTML left no space between two elements ("Kurdish officialsattributed to").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SEARCH_FOLDER, SEARCH_PARTS } from '../../src/lib/site/urls.ts';
import { DIST, htmlFiles, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

const PART_FOLDERS = [SEARCH_FOLDER, ...SEARCH_PARTS.map((part) => `${SEARCH_FOLDER}/${part}`)];

/** Every page indexed in one part's folder: its URL and the text Pagefind cuts excerpts from. */
function indexedPagesOf(folder: string): { url: string; content: string }[] {
  const dir = join(DIST, folder, 'fragment');
  return readdirSync(dir).map((file) => {
    // A fragment is gzipped: a "pagefind_dcd" signature, then the page's JSON.
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

const indexedPages = () => PART_FOLDERS.flatMap(indexedPagesOf);

/** Names written in mixed case on purpose, which are not two words run together. */
const MIXED_CASE = /\bMc[A-Z]\w*|\bNewsArticle\b|\bGeoNames\b|\bschema-v\d+/g;

describe('the search index', () => {
  const pages = indexedPages();

  it('indexes the event and article pages', () => {
    expect(pages.some((p) => p.url.includes('/events/'))).toBe(true);
    expect(pages.some((p) => p.url.includes('/articles/'))).toBe(true);
  });

  it('holds every page with a searchable body in exactly one of its parts, and nothing else', () => {
    const searchable = htmlFiles()
      .filter((file) => readPage(file).querySelector('[data-pagefind-body]'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`)
      .sort();
    expect(searchable.length).toBeGreaterThan(0);
    expect(pages.map((page) => page.url).sort()).toEqual(searchable);
    for (const folder of PART_FOLDERS) expect(indexedPagesOf(folder).length, folder).toBeGreaterThan(0);
    // The claim pages are a part of their own, the article pages another.
    expect(
      indexedPagesOf(`${SEARCH_FOLDER}/claims`).every((p) => /^\/(claims|events\/[^/]+\/claims)\//.test(p.url)),
    ).toBe(true);
    expect(indexedPagesOf(`${SEARCH_FOLDER}/articles`).every((p) => p.url.startsWith('/articles/'))).toBe(true);
  });

  it('leaves out the text of controls', () => {
    for (const page of pages) {
      expect(page.content, page.url).not.toMatch(/Copy link|Link to this (event|claim)|Share…/);
    }
  });

  it('keeps a space between words that are separate elements in the page', () => {
    for (const page of pages) {
      const joined = page.content.replace(MIXED_CASE, '').match(/\S*(?:[a-z][A-Z]|[a-z]\d|[,;)][A-Za-z])\S*/g) ?? [];
      expect(joined, page.url).toEqual([]);
    }
  });
});
