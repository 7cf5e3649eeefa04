/**
 * In-place filtering of a timeline. The filter links are plain links to the filter pages
 * (`/actors/turkey/`); with this script they filter the list where it is instead, and the
 * address says every filter in force (`/?actor=turkey&topic=diplomacy`), so a filtered
 * view can be shared and the back button undoes it. Filters of different kinds narrow
 * together; a second value of the same kind takes the first one's place. On a filter page
 * (`/actors/turkey/?topic=diplomacy`) the page's own filter stays and the others narrow it.
 * Kept small: tests/site/reading.test.ts holds it under 5 KB gzip.
 */
export {}; // a module: its names stay out of the page's global scope

type Filters = Map<string, string>;

const entries = [...document.querySelectorAll<HTMLElement>('.entry')];
const marks = [...document.querySelectorAll<SVGAElement>('.axis__mark')];
const sections = [...document.querySelectorAll<HTMLElement>('[data-filter-section]')];
const filterLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]')];
// The kinds are the page's own (FILTER_KINDS in src/lib/model/filters.ts), in the order its links give them.
const KINDS = [...new Set(filterLinks.map((a) => a.dataset.filterKind ?? ''))];
const bar = document.querySelector<HTMLElement>('[data-filter-bar]');
const status = bar?.querySelector<HTMLElement>('[data-filter-status]');
const clear = bar?.querySelector<HTMLButtonElement>('[data-filter-clear]');
// A filter page's own filter, which the address cannot take away: `actor` on `/actors/turkey/`.
const ownKind = bar?.dataset.pageKind;
/** What the page lists before any filter: "events", or "events involving Turkey". */
const scope = bar?.dataset.scope ?? 'events';

function fromUrl(): Filters {
  const params = new URLSearchParams(location.search);
  const filters: Filters = new Map();
  for (const kind of KINDS) {
    const value = params.get(kind);
    if (value && kind !== ownKind) filters.set(kind, value);
  }
  return filters;
}

const has = (el: Element, kind: string, value: string) =>
  (el.getAttribute(`data-${kind}`) ?? '').split(' ').includes(value);
const matches = (el: Element, filters: Filters) => [...filters].every(([kind, value]) => has(el, kind, value));

const linkOf = (kind: string, value: string) =>
  filterLinks.find((a) => a.dataset.filterKind === kind && a.dataset.filterValue === value);

/** "Events involving Turkey and about diplomacy", from each filter's own title. */
function titleOf(links: readonly HTMLAnchorElement[]): string {
  return links
    .map((link, i) => {
      const title = link.dataset.filterTitle ?? '';
      return i === 0 ? title : title.replace(/^Events /, '');
    })
    .join(' and ');
}

function apply(filters: Filters): void {
  let shown = 0;
  for (const entry of entries) {
    entry.hidden = !matches(entry, filters);
    if (!entry.hidden) shown++;
  }
  for (const mark of marks) mark.classList.toggle('is-dimmed', !matches(mark, filters));
  // Innermost sections first, so that a year sees its months already hidden or not.
  for (const section of [...sections].reverse()) section.hidden = !section.querySelector('.entry:not([hidden])');
  const active = [...filters].map(([kind, value]) => linkOf(kind, value));
  for (const link of filterLinks) {
    if (link.dataset.filterKind === ownKind) continue;
    if (active.includes(link)) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  for (const link of active) if (link) link.closest('details')!.open = true;
  if (clear) clear.hidden = filters.size === 0;
  if (!status) return;
  const known = active.filter((link): link is HTMLAnchorElement => link !== undefined);
  const unknown = [...filters].filter((_, i) => !active[i]);
  status.textContent =
    filters.size === 0
      ? ''
      : unknown.length > 0
        ? `No events match this filter (${unknown.map(([kind, value]) => `${kind} “${value}”`).join(', ')}).`
        : `${titleOf(known)}: ${shown} of ${entries.length} ${scope}.`;
}

/** The address of a set of filters, kinds in the page's order. */
function search(filters: Filters): string {
  const params = new URLSearchParams();
  for (const kind of KINDS) {
    const value = filters.get(kind);
    if (value) params.set(kind, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function go(filters: Filters): void {
  const url = new URL(location.href);
  url.search = search(filters);
  url.hash = '';
  history.pushState(null, '', url);
  apply(filters);
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest<HTMLAnchorElement>('a[data-filter-kind]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const kind = link.dataset.filterKind ?? '';
  const value = link.dataset.filterValue ?? '';
  const filters = fromUrl();
  event.preventDefault();
  // Another value of a filter page's own kind is another page; the other filters go along.
  if (kind === ownKind) {
    location.assign(link.pathname + search(filters));
    return;
  }
  // A second click on an active filter takes it away; another value of its kind replaces it.
  if (filters.get(kind) === value) filters.delete(kind);
  else filters.set(kind, value);
  go(filters);
});

clear?.addEventListener('click', () => go(new Map()));
addEventListener('popstate', () => apply(fromUrl()));
// A dot on the axis may point at an entry the filter hides: show everything again.
addEventListener('hashchange', () => {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.hidden) {
    history.replaceState(null, '', location.pathname + location.hash);
    apply(new Map());
    target.scrollIntoView();
  }
});

apply(fromUrl());
