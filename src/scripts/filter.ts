/**
 * In-place filtering of the index. The filter links are plain links to the filter pages
 * (`/actors/turkey/`); with this script they filter the list where it is instead, and the
 * address becomes `/?actor=turkey`, so a filtered view can be shared and the back button
 * undoes it. Kept small: tests/site/reading.test.ts holds it under 5 KB gzip.
 */
export {}; // a module: its names stay out of the page's global scope

type Filter = { kind: string; value: string };

const entries = [...document.querySelectorAll<HTMLElement>('.entry')];
const marks = [...document.querySelectorAll<SVGAElement>('.axis__mark')];
const sections = [...document.querySelectorAll<HTMLElement>('[data-filter-section]')];
const filterLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]')];
// The kinds are the page's own (FILTER_KINDS in src/lib/model/filters.ts), in the order its links give them.
const KINDS = [...new Set(filterLinks.map((a) => a.dataset.filterKind ?? ''))];
const status = document.querySelector<HTMLElement>('[data-filter-status]');
const clear = document.querySelector<HTMLButtonElement>('[data-filter-clear]');

function fromUrl(): Filter | undefined {
  const params = new URLSearchParams(location.search);
  for (const kind of KINDS) {
    const value = params.get(kind);
    if (value) return { kind, value };
  }
  return undefined;
}

const matches = (el: Element, filter: Filter | undefined) =>
  !filter || (el.getAttribute(`data-${filter.kind}`) ?? '').split(' ').includes(filter.value);

const linkOf = (filter: Filter) =>
  filterLinks.find((a) => a.dataset.filterKind === filter.kind && a.dataset.filterValue === filter.value);

function apply(filter: Filter | undefined): void {
  let shown = 0;
  for (const entry of entries) {
    entry.hidden = !matches(entry, filter);
    if (!entry.hidden) shown++;
  }
  for (const mark of marks) mark.classList.toggle('is-dimmed', !matches(mark, filter));
  // Innermost sections first, so that a year sees its months already hidden or not.
  for (const section of [...sections].reverse()) section.hidden = !section.querySelector('.entry:not([hidden])');
  const active = filter && linkOf(filter);
  for (const link of filterLinks) {
    if (link === active) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  if (active) active.closest('details')!.open = true;
  if (clear) clear.hidden = !filter;
  if (status) {
    status.textContent = !filter
      ? ''
      : active
        ? `${active.dataset.filterTitle}: ${shown} of ${entries.length} events.`
        : `No events match this filter (${filter.kind} “${filter.value}”).`;
  }
}

function go(filter: Filter | undefined): void {
  const url = new URL(location.href);
  url.search = filter ? `?${filter.kind}=${encodeURIComponent(filter.value)}` : '';
  url.hash = '';
  history.pushState(null, '', url);
  apply(filter);
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest<HTMLAnchorElement>('a[data-filter-kind]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const filter = { kind: link.dataset.filterKind ?? '', value: link.dataset.filterValue ?? '' };
  const now = fromUrl();
  // A second click on the active filter clears it.
  go(now && now.kind === filter.kind && now.value === filter.value ? undefined : filter);
});

clear?.addEventListener('click', () => go(undefined));
addEventListener('popstate', () => apply(fromUrl()));
// A dot on the axis may point at an entry the filter hides: show everything again.
addEventListener('hashchange', () => {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.hidden) {
    history.replaceState(null, '', location.pathname + location.hash);
    apply(undefined);
    target.scrollIntoView();
  }
});

apply(fromUrl());
