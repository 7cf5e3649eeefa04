/**
 * A rebuild after an edit gives exactly the site a cold build of the edited content gives,
 * byte for byte, while rendering again only the pages that show what changed. One copy of
 * the project is built cold, its content edited and built again with its cache; beside it,
 * a fresh copy with the edited content and no cache is built cold. Twice: an article's
 * title, then an event's summary in events.yaml. The rebuilds write into the last build's
 * `dist/`, as a deploy that keeps it does, with files in it that the first build did not write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIn, compareTrees, isolatedBuild, type IsolatedBuild, type TreeDifference } from './isolated-build.ts';

const ARTICLE = '2019-01-11-us-official-says-withdrawal-has-begun';
const EVENT = '2018-12-15-coalition-airstrikes';
const built: IsolatedBuild[] = [];

/** Each page of a build's log and whether it was rendered or restored from the last build. */
function pagesOf(output: string): Map<string, 'rendered' | 'restored'> {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const pages = new Map<string, 'rendered' | 'restored'>();
  for (const [, path, how] of plain.matchAll(/[├└]─ (\S+) \((restored|cached|\+[\d.]+m?s)\)/g)) {
    pages.set(path!, how === 'restored' || how === 'cached' ? 'restored' : 'rendered');
  }
  return pages;
}

/** The parts of the search index a build kept as the last build made them (scripts/build.ts). */
function keptParts(output: string): string[] {
  return (
    output.match(/^Search index kept as the last build made it, its pages unchanged: (.+)$/m)?.[1]!.split(', ') ?? []
  );
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

interface Rebuild {
  readonly rebuilt: IsolatedBuild;
  readonly cold: IsolatedBuild;
  /** Compared at once: the next rebuild writes into the same `dist/`. */
  readonly difference: TreeDifference;
}

/** Rebuilds `site` after its edit, and builds its edited content cold beside it. */
async function rebuildAndCold(site: IsolatedBuild, label: string): Promise<Rebuild> {
  const [rebuilt, cold] = await Promise.all([
    buildIn(site.root, `${label}-rebuild`),
    isolatedBuild(`${label}-cold`, { content: join(site.root, 'content') }),
  ]);
  built.push(cold);
  return { rebuilt, cold, difference: compareTrees(rebuilt.outDir, cold.outDir) };
}

let first: IsolatedBuild;
let afterArticle: Rebuild;
let afterEvent: Rebuild;

/** Files the first build did not write, as a page that is gone and an old index leave them. */
const LEFT_BEHIND = [
  'articles/2019-12-31-an-article-since-removed/index.html',
  'pagefind/fragment/en_stale.pf_fragment',
  'pagefind/claims/fragment/en_stale.pf_fragment',
  'pagefind/articles/index/en_stale.pf_index',
];

beforeAll(async () => {
  first = await isolatedBuild('incremental');
  built.push(first);
  for (const file of LEFT_BEHIND) {
    mkdirSync(dirname(join(first.outDir, file)), { recursive: true });
    writeFileSync(join(first.outDir, file), 'left by an earlier build');
  }
  edit(
    first.root,
    `articles/${ARTICLE}.md`,
    'title: "US official says withdrawal from Syria has begun"',
    'title: "US official says the withdrawal from Syria has begun"',
  );
  afterArticle = await rebuildAndCold(first, 'article-edit');
  edit(first.root, 'events.yaml', 'war planes carry out 47 airstrikes', 'warplanes carry out 47 airstrikes');
  afterEvent = await rebuildAndCold(first, 'event-edit');
}, 900_000);

afterAll(() => {
  for (const build of built) rmSync(build.root, { recursive: true, force: true });
});

describe('a rebuild after an edit', () => {
  it('renders every page in a cold build', () => {
    const pages = pagesOf(first.output);
    expect(pages.size).toBeGreaterThan(300);
    expect([...pages.values()].every((how) => how === 'rendered')).toBe(true);
  });

  it('gives the same files as a cold build of the edited article, byte for byte', () => {
    const { cold, difference } = afterArticle;
    expect(readFileSync(join(cold.outDir, 'articles', ARTICLE, 'index.html'), 'utf8')).toContain(
      'US official says the withdrawal from Syria has begun',
    );
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });

  it("writes into the last build's dist/: it leaves unchanged pages in place and removes what this build does not make", () => {
    // eslint-disable-next-line no-control-regex
    const plain = afterArticle.rebuilt.output.replace(/\u001b\[[0-9;]*m/g, '');
    const inPlace = plain.match(/ \(cached\)/g)?.length ?? 0;
    expect(inPlace).toBeGreaterThan(pagesOf(afterArticle.rebuilt.output).size / 2);
    for (const file of LEFT_BEHIND) expect(afterArticle.difference.onlyInFirst).not.toContain(file);
    expect(plain).toMatch(/\[kept-output\] \d+ file\(s\) of the last build removed/);
  });

  it('renders again the edited article, its events and the lists that name it, and restores the rest', () => {
    const pages = pagesOf(afterArticle.rebuilt.output);
    const events = new Set(
      [
        ...readFileSync(join(first.root, 'content', 'articles', `${ARTICLE}.md`), 'utf8').matchAll(/event: "([^"]+)"/g),
      ].map((match) => match[1]!),
    );
    expect(events.size).toBeGreaterThan(0);
    expect(pages.get(`/articles/${ARTICLE}/index.html`)).toBe('rendered');
    for (const event of events) expect(pages.get(`/events/${event}/index.html`), event).toBe('rendered');
    expect(pages.get('/articles/index.html')).toBe('rendered');
    expect(events.has(EVENT)).toBe(false);
    expect(pages.get(`/events/${EVENT}/index.html`)).toBe('restored');
    const restored = [...pages.values()].filter((how) => how === 'restored').length;
    expect(restored).toBeGreaterThan(pages.size / 2);
  });

  it('makes again the parts of the search index whose pages changed, and keeps the others', () => {
    expect(keptParts(first.output)).toEqual([]);
    expect(keptParts(afterArticle.rebuilt.output)).toEqual([]);
    expect(keptParts(afterEvent.rebuilt.output)).toEqual(['pagefind/claims']);
  });

  it('gives the same files as a cold build of the edited event, byte for byte', () => {
    const { cold, difference } = afterEvent;
    expect(readFileSync(join(cold.outDir, 'events', EVENT, 'index.html'), 'utf8')).toContain('warplanes carry out');
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });

  it('renders again the edited event and the lists that show it, and restores the article edited before', () => {
    const pages = pagesOf(afterEvent.rebuilt.output);
    expect(pages.get(`/events/${EVENT}/index.html`)).toBe('rendered');
    expect(pages.get(`/embed/events/${EVENT}/index.html`)).toBe('rendered');
    expect(pages.get('/index.html')).toBe('rendered');
    const filterPages = [...pages].filter(([path]) => /^\/(actors|places|topics)\//.test(path));
    expect(filterPages.some(([, how]) => how === 'rendered')).toBe(true);
    expect(filterPages.some(([, how]) => how === 'restored')).toBe(true);
    expect(pages.get(`/articles/${ARTICLE}/index.html`)).toBe('restored');
  });
});
