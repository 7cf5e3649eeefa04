/** Claims grouped by who made them, in the order each speaker first appears. */
import type { Person } from '../content/schema.ts';
import type { Speaker } from '../content/people.ts';
import type { ClaimInContext } from './timeline.ts';

export interface SpeakerGroup {
  readonly person: Person;
  readonly claims: readonly { claim: ClaimInContext; speaker: Speaker }[];
}

export function groupBySpeaker(
  claims: readonly ClaimInContext[],
  speakerOf: (claim: ClaimInContext) => Speaker,
): SpeakerGroup[] {
  const groups = new Map<string, { person: Person; claims: { claim: ClaimInContext; speaker: Speaker }[] }>();
  for (const claim of claims) {
    const speaker = speakerOf(claim);
    const group = groups.get(speaker.person.id) ?? { person: speaker.person, claims: [] };
    group.claims.push({ claim, speaker });
    groups.set(speaker.person.id, group);
  }
  return [...groups.values()];
}
