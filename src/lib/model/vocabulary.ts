/**
 * The words the site uses for the keys in `content/events.yaml`: display names of actors and
 * topics, and URL slugs of places. One vocabulary, so that filter pages, event pages and the
 * index name things the same way.
 */
import { slugOfPlace } from '../content/place-slug.ts';
import { actors, topics } from '../content/schema.ts';

export type Actor = (typeof actors)[number];
export type Topic = (typeof topics)[number];

/** Every actor key has a name: a new key in the schema fails the type check until it is named here. */
const ACTOR_NAMES: Record<Actor, string> = {
  'us-government': 'The US government',
  'us-military': 'The US military',
  turkey: 'Turkey',
  'kurdish-led-forces': 'The Kurdish-led forces (SDF)',
  'islamic-state': 'The Islamic State group (IS)',
  uk: 'The United Kingdom',
  russia: 'Russia',
  un: 'The United Nations',
  france: 'France',
  germany: 'Germany',
  'syrian-observatory': 'The Syrian Observatory for Human Rights',
  protesters: 'Protesters',
};

const TOPIC_NAMES: Record<Topic, string> = {
  withdrawal: 'The troop withdrawal',
  offensive: 'The offensive',
  displacement: 'Displacement',
  casualties: 'Casualties',
  detainees: 'IS detainees and camps',
  diplomacy: 'Diplomacy',
  protest: 'Protests',
  resignations: 'Resignations',
  airstrikes: 'Airstrikes',
};

function lookup(names: Record<string, string>, kind: string, key: string): string {
  const name = names[key];
  if (name === undefined) throw new Error(`No display name for the ${kind} "${key}"`);
  return name;
}

export function actorName(key: string): string {
  return lookup(ACTOR_NAMES, 'actor', key);
}

export function topicName(key: string): string {
  return lookup(TOPIC_NAMES, 'topic', key);
}

/** A place's slug (see `slugOfPlace`); the content check has made sure there is one. */
export function placeSlug(place: string): string {
  const slug = slugOfPlace(place);
  if (slug === '') throw new Error(`The place "${place}" gives an empty slug`);
  return slug;
}
