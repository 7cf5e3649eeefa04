/**
 * The search page, with Pagefind's JavaScript API over the index `npm run build` makes in
 * `pagefind/`, its parts merged into one list of results (src/lib/site/search-index.ts). The query lives in the address (`/search/?q=…`), so the header's plain form
 * lands here and a search can be shared. Excerpts are rebuilt as text and <mark> only.
 * @see https://pagefind.app/docs/api/
 */
export {}; // a module: its names stay out of the page's global scope

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; date?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
}
interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  mergeIndex(url: string, options: PagefindOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
/** Each kind of page, as a result names it and the count counts it (src/lib/site/search-kinds.ts). */
const KINDS = JSON.parse(form?.dataset.kinds ?? '{}') as Record<string, { one: string; many: string }>;
/** Results are shown a page at a time: each one's excerpt is a request of its own. */
const PAGE_SIZE = 20;

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${form!.dataset.bundle}pagefind.js`)) as Pagefind;
    const options = { baseUrl: form!.dataset.base ?? '/', excerptLength: 24 };
    await module.options(options);
    const parts = (form!.dataset.parts ?? '').split(' ').filter(Boolean);
    await Promise.all(parts.map((part) => module.mergeIndex(part, options)));
    // Loaded now, the filters make each search count its results by kind.
    await module.filters();
    return module;
  })();
  return pagefind;
}

/** Pagefind's excerpt is HTML with <mark>: keep its text and its marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function say(text: string): void {
  if (status) status.textContent = text;
}

function item(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  // What the result is and when: "Event · 13 October 2019".
  const kind = document.createElement('p');
  kind.className = 'search-result__kind';
  const name = KINDS[result.meta.kind ?? 'page']?.one ?? 'page';
  kind.textContent = [name.charAt(0).toUpperCase() + name.slice(1), result.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, kind, excerpt);
  return item;
}

/** "3 events, 12 claims and 1 article": the results counted as a reader counts them. */
function counted(byKind: Record<string, number> | undefined, total: number): string {
  const parts = Object.entries(KINDS)
    .map(([kind, { one, many }]) => ({ n: byKind?.[kind] ?? 0, one, many }))
    .filter(({ n }) => n > 0)
    .map(({ n, one, many }) => `${n} ${n === 1 ? one : many}`);
  if (parts.length === 0) return `${total} ${total === 1 ? 'result' : 'results'}`;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

let latest = 0;
let pending: PagefindResult[] = [];
let summary = '';

/** Adds the next page of results; the button stays only while some are left. */
async function showMore(ticket: number): Promise<HTMLLIElement[]> {
  const data = await Promise.all(pending.slice(0, PAGE_SIZE).map((r) => r.data()));
  if (ticket !== latest) return []; // a newer query has started
  pending = pending.slice(PAGE_SIZE);
  const items = data.map(item);
  list!.append(...items);
  if (more) more.hidden = pending.length === 0;
  const shown = pending.length > 0 ? ` (${list!.children.length} shown)` : '';
  say(`${summary}${shown}.`);
  return items;
}

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  if (!list) return;
  list.replaceChildren();
  pending = [];
  if (more) more.hidden = true;
  if (query.trim() === '') {
    say('Type a word or a name: a place, a person, a number.');
    return;
  }
  say('Searching…');
  try {
    const found = await (await load()).search(query);
    if (ticket !== latest) return;
    pending = found?.results ?? [];
    const count = pending.length;
    if (count === 0) return say(`Nothing found for “${query}”.`);
    summary = `${counted(found?.filters?.kind, count)} found for “${query}”`;
    await showMore(ticket);
  } catch {
    say('Search is not available: its index did not load.');
  }
}

// Focus goes to the first new result, so that the keyboard carries on where the list grew.
more?.addEventListener('click', async () => {
  const [first] = await showMore(latest);
  first?.querySelector('a')?.focus();
});

if (form && input) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  /** Keeps the address in step with the box, so that any search can be shared or reloaded. */
  const search = () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  void run(query);
}
