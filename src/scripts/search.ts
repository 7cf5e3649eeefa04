/**
 * The search page, with Pagefind's JavaScript API over the index `npm run build` makes in
 * `pagefind/`. The query lives in the address (`/search/?q=…`), so the header's plain form
 * lands here and a search can be shared. Excerpts are rebuilt as text and <mark> only.
 * @see https://pagefind.app/docs/api/
 */
export {}; // a module: its names stay out of the page's global scope

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${form!.dataset.bundle}pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: form!.dataset.base ?? '/', excerptLength: 24 });
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

let latest = 0;
async function run(query: string): Promise<void> {
  const ticket = ++latest;
  if (!list) return;
  if (query.trim() === '') {
    list.replaceChildren();
    say('Type a word or a name: a place, a person, a number.');
    return;
  }
  say('Searching…');
  try {
    const found = await (await load()).search(query);
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    list.replaceChildren(
      ...data.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(heading, excerpt);
        return item;
      }),
    );
    const count = found?.results.length ?? 0;
    const shown = count > MAX_RESULTS ? ` (the first ${MAX_RESULTS} shown)` : '';
    say(count === 0 ? `Nothing found for “${query}”.` : `${count} ${count === 1 ? 'page' : 'pages'} found for “${query}”${shown}.`);
  } catch {
    say('Search is not available: its index did not load.');
  }
}

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
