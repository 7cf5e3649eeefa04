/**
 * The claims side of the site, built once from the timeline and the alias table: each
 * claim's speaker, the figure comparisons for `/claims/` and for each event, and a page's
 * worth for each person or organisation.
 */
import type { Person } from '../content/schema.ts';
import type { ClaimInContext, Timeline } from './timeline.ts';
import {
  indexPeople,
  resolveSpeaker,
  spellingsInArticles,
  unlistedSpeaker,
  type Speaker,
  type Spelling,
} from '../content/people.ts';
import { compareMeasures, comparisonsByEvent, type ComparisonInput, type MeasureComparison } from './comparisons.ts';

export interface PersonView {
  readonly person: Person;
  /** Their claims, oldest article first. */
  readonly claims: readonly { claim: ClaimInContext; speaker: Speaker }[];
  /** Each spelling of the name, with the articles whose text uses it. */
  readonly spellings: readonly Spelling[];
}

export interface ClaimsModel {
  speakerOf(claim: ClaimInContext): Speaker;
  readonly measures: readonly MeasureComparison[];
  /** The measures about one event, compared among that event's figures. */
  forEvent(eventId: string): readonly MeasureComparison[];
  /** Everyone with a page: every person and organisation that made a claim or is in the table. */
  readonly people: readonly PersonView[];
}

export function buildClaimsModel(timeline: Timeline, people: readonly Person[]): ClaimsModel {
  const index = indexPeople(people);
  const dataOf = new Map(timeline.articles.map((article) => [article.slug, article.data]));
  const speakers = new Map<string, Speaker>();
  for (const claim of timeline.claims) {
    const data = dataOf.get(claim.article.slug);
    speakers.set(claim.id, (data && resolveSpeaker(index, claim.by, data)) ?? unlistedSpeaker(claim.by));
  }
  const speakerOf = (claim: ClaimInContext) => speakers.get(claim.id) ?? unlistedSpeaker(claim.by);
  const input: ComparisonInput = { claims: timeline.claims, events: timeline.events, speakerOf };

  const perEvent = comparisonsByEvent(input);

  const entries = new Map<string, Person>(people.filter((p) => p.kind !== 'place').map((p) => [p.id, p]));
  for (const speaker of speakers.values())
    if (!entries.has(speaker.person.id)) entries.set(speaker.person.id, speaker.person);
  const claimsBy = new Map<string, { claim: ClaimInContext; speaker: Speaker }[]>();
  for (const claim of timeline.claims) {
    const speaker = speakerOf(claim);
    const list = claimsBy.get(speaker.person.id);
    if (list) list.push({ claim, speaker });
    else claimsBy.set(speaker.person.id, [{ claim, speaker }]);
  }
  const views = [...entries.values()]
    .map((person): PersonView => ({
      person,
      claims: claimsBy.get(person.id) ?? [],
      spellings: spellingsInArticles(person, timeline.articles),
    }))
    .sort((a, b) => sortName(a.person.name).localeCompare(sortName(b.person.name), 'en'));

  return { speakerOf, measures: compareMeasures(input), forEvent: (id) => perEvent.get(id) ?? [], people: views };
}

/** Where a name goes in an alphabetical list: without a leading rank or article ("Gen.", "The", "An"). */
export function sortName(name: string): string {
  return name.replace(/^(?:(?:Col|Gen|Lt|Maj|Capt|Dr|Sen|Rep)\.|An|A|The)\s+/i, '');
}
