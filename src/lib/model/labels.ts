/** Small pieces of wording shared by several pages. */
import { formatLong, type PartialDate } from '../content/dates.ts';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** "1 source" / "3 sources": how many articles speak of an event. */
export function sourcesLabel(count: number): string {
  return plural(count, 'source');
}

const CERTAINTY = { known: '', probable: 'probably ' } as const;

/** "probably The Sun" where the attribution is an inference. */
export function withCertainty(value: string, certainty: keyof typeof CERTAINTY): string {
  return `${CERTAINTY[certainty]}${value}`;
}

/** "Probably Saturday 12 October 2019" where the articles give no day: for images and labels. */
export function eventDateLabel(event: {
  readonly date: PartialDate;
  readonly dateCertainty: keyof typeof CERTAINTY;
}): string {
  const label = withCertainty(formatLong(event.date), event.dateCertainty);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
