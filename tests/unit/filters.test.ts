import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import {
  filterAttributes,
  filterTitle,
  filtersOf,
  groupFilters,
  type FilterGroup,
  type FilterKind,
} from '../../src/lib/model/filters.ts';
import { actorName, placeSlug, topicName } from '../../src/lib/model/vocabulary.ts';
import { actors, topics } from '../../src/lib/content/schema.ts';

const { content } = checkContentDir('content');
const { events } = buildTimeline(
  content.articles.map((a) => ({ slug: a.slug, data: a.data, body: a.body })),
  content.events,
  content.phases,
);
const grouped = groupFilters(events);
const groups = Object.fromEntries(grouped.map((g) => [g.declaration.kind, g.groups])) as Record<
  FilterKind,
  readonly FilterGroup[]
>;
const ids = (kind: FilterKind, slug: string) => groups[kind].find((g) => g.slug === slug)?.events.map((e) => e.id);

describe('the vocabulary', () => {
  it('names every actor and topic of the schema', () => {
    for (const key of actors) expect(actorName(key)).toMatch(/\w/);
    for (const key of topics) expect(topicName(key)).toMatch(/\w/);
    expect(actorName('kurdish-led-forces')).toBe('The Kurdish-led forces (SDF)');
    expect(() => actorName('atlantis')).toThrow(/actor "atlantis"/);
  });

  it('turns a place into a URL slug', () => {
    expect(placeSlug('Paris, Berlin and other European cities')).toBe('paris-berlin-and-other-european-cities');
    expect(placeSlug('Westminster, London')).toBe('westminster-london');
    expect(placeSlug('Ras al-Ain')).toBe('ras-al-ain');
    expect(placeSlug('Şanlıurfa’s “centre”')).toBe('sanliurfas-centre');
    expect(() => placeSlug('—')).toThrow(/empty slug/);
  });
});

describe('grouping events into filters', () => {
  it('lists the events of an actor, a place and a topic in timeline order', () => {
    expect(ids('actor', 'islamic-state')).toEqual([
      '2019-10-12-is-declares-new-campaign',
      '2019-10-13-ain-issa-camp-escape',
    ]);
    expect(ids('place', 'washington')).toEqual(['2018-12-19-trump-orders-withdrawal']);
    expect(ids('topic', 'protest')).toEqual(['2019-10-12-european-marches', '2019-10-13-westminster-protest']);
  });

  it('puts every event under each of its actors and topics and its place, and nowhere else', () => {
    for (const event of events) {
      const expected = new Set(filtersOf(event).map((f) => `${f.kind}/${f.slug}`));
      const actual = new Set(
        (['actor', 'place', 'topic'] as const).flatMap((kind) =>
          groups[kind].filter((g) => g.events.includes(event)).map((g) => `${kind}/${g.slug}`),
        ),
      );
      expect(actual, event.id).toEqual(expected);
    }
  });

  it('makes no filter without events, and puts the busiest first', () => {
    for (const { groups: list } of grouped) {
      for (const group of list) expect(group.events.length).toBeGreaterThan(0);
      const counts = list.map((g) => g.events.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    const withoutUk = groupFilters(events.filter((event) => !event.actors.includes('uk')));
    expect(withoutUk[0]!.groups.some((g) => g.slug === 'uk')).toBe(false);
    expect(groups.actor.some((g) => g.slug === 'uk')).toBe(true);
    expect(groups.topic[0]?.slug).toBe('withdrawal');
  });

  it('refuses two places that would share one page', () => {
    const [a, b] = events;
    expect(() =>
      groupFilters([
        { ...a!, place: 'Ain Issa' },
        { ...b!, place: 'Ain-Issa' },
      ]),
    ).toThrow(/share the slug "ain-issa"/);
  });

  it('writes the data attributes the in-place filter reads', () => {
    const escape = events.find((e) => e.id === '2019-10-13-ain-issa-camp-escape')!;
    expect(filterAttributes(escape)).toEqual({
      'data-actor': 'kurdish-led-forces islamic-state turkey syrian-observatory',
      'data-place': 'ain-issa',
      'data-topic': 'detainees displacement',
    });
  });

  it('titles a filtered timeline in plain words', () => {
    expect(filterTitle({ kind: 'actor', slug: 'us-government', name: actorName('us-government') })).toBe(
      'Events involving the US government',
    );
    expect(filterTitle({ kind: 'actor', slug: 'turkey', name: 'Turkey' })).toBe('Events involving Turkey');
    expect(filterTitle({ kind: 'place', slug: 'ain-issa', name: 'Ain Issa' })).toBe('Events in Ain Issa');
    expect(filterTitle({ kind: 'topic', slug: 'withdrawal', name: topicName('withdrawal') })).toBe(
      'Events about the troop withdrawal',
    );
    expect(filterTitle({ kind: 'topic', slug: 'detainees', name: topicName('detainees') })).toBe(
      'Events about IS detainees and camps',
    );
  });
});
