import { describe, expect, it } from 'vitest';
import { realContent } from './real-content.ts';
import {
  FILTER_KINDS,
  filterAttributes,
  groupFilters,
  type FilterKindDeclaration,
} from '../../src/lib/model/filters.ts';
import { filterPages } from '../../src/lib/view/filter-page.ts';
import { entryFilterLinks, eventFilterFacts, filterNav } from '../../src/lib/view/filter-links.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';

const { timeline, model } = realContent();
const links = makeLinks('/', 'https://example.org');

/** A fourth kind, declared as the three are: nothing else changes for it to have pages, menu and facts. */
const phaseKind: FilterKindDeclaration = {
  kind: 'phase',
  folder: 'phases',
  label: 'When',
  fact: { label: 'Phase of', rank: 3 },
  valuesOf: (event) => [{ slug: event.phase.id, name: event.phase.title }],
  title: (name) => `Events of the phase “${name}”`,
  inEntry: true,
  hasIndex: false,
};
const kinds = [...FILTER_KINDS, phaseKind];

describe('filter kinds, each declared once', () => {
  it('gives every value of every kind its page, under the kind’s folder', () => {
    const pages = filterPages(timeline.events, model, links);
    const grouped = groupFilters(timeline.events);
    expect(pages.map((p) => p.path)).toEqual(
      grouped.flatMap(({ declaration, groups }) => groups.map((g) => `${declaration.folder}/${g.slug}/`)),
    );
    const turkey = pages.find((p) => p.path === 'actors/turkey/')!;
    expect(turkey.title).toBe('Events involving Turkey');
    expect(turkey.kindLabel).toBe('Who');
    expect(turkey.lede).toMatch(/^\d+ events, .+ to .+\.$/);
    expect(turkey.nav.kinds.find((k) => k.kind === 'actor')!.groups.find((l) => l.current)?.slug).toBe('turkey');
    expect(turkey.nav.kinds.filter((k) => k.open).map((k) => k.kind)).toEqual(['actor']);
    const entries = turkey.years.flatMap((y) => y.months.flatMap((m) => m.entries));
    expect(entries.map((e) => e.href)).toEqual(turkey.events.map((e) => links.event(e.id)));
  });

  it('takes a new kind from its declaration alone: pages, menu, event facts, entries and data attributes', () => {
    const pages = filterPages(timeline.events, model, links, kinds).filter((p) => p.folder === 'phases');
    const phaseIds = [...new Set(timeline.events.map((e) => e.phase.id))];
    expect(pages.map((p) => p.slug).sort()).toEqual([...phaseIds].sort());
    for (const page of pages) {
      expect(page.events.every((e) => e.phase.id === page.slug)).toBe(true);
      expect(page.kindLabel).toBe('When');
      expect(page.title).toMatch(/^Events of the phase “.+”$/);
    }

    const nav = filterNav(groupFilters(timeline.events, kinds), links);
    expect(nav.kinds.map((k) => k.label)).toEqual(['Who', 'Where', 'What', 'When']);
    const event = timeline.events[0]!;
    expect(nav.kinds.at(-1)!.groups.map((l) => l.href)).toContain(`/phases/${event.phase.id}/`);

    expect(eventFilterFacts(event, links, kinds).at(-1)).toEqual({
      label: 'Phase of',
      links: [{ href: `/phases/${event.phase.id}/`, text: event.phase.title }],
    });
    expect(entryFilterLinks(event, links, kinds).map((l) => l.kind)).toContain('phase');
    expect(filterAttributes(event, kinds)['data-phase']).toBe(event.phase.id);
  });

  it('lists an event’s filters on its page in the order and words the declarations give for facts', () => {
    const escape = timeline.events.find((e) => e.id === '2019-10-13-ain-issa-camp-escape')!;
    const facts = eventFilterFacts(escape, links);
    expect(facts.map((f) => f.label)).toEqual(['Place', 'Who', 'What']);
    expect(facts[0]!.links).toEqual([{ href: '/places/ain-issa/', text: 'Ain Issa' }]);
  });
});
