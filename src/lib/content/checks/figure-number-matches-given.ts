/**
 * A figure's number is the number its `given` words name: "2,000" is 2000, not -2000;
 * "about 10" is `{ about: 10 }`, not `{ about: 1e308 }`. And every number is a count or a
 * distance the site can draw: not negative, not past `MAX_FIGURE_VALUE` (a number near the
 * largest a computer holds becomes "∞" once converted from miles). The kind of a figure is
 * `figure-value-matches-given`'s; this is its number.
 */
import { ContentError } from '../errors.ts';
import { numbersInGiven } from '../figure-numbers.ts';
import { MAX_FIGURE_VALUE as MAX } from '../limits.ts';
import type { FigureValue } from '../schema.ts';
import type { ContentCheck } from './check.ts';

/** The numbers of a value: one, two for a range, none for a vague amount. */
function numbersOf(value: FigureValue): number[] {
  if ('vague' in value) return [];
  if ('between' in value) return value.between;
  return Object.values(value) as number[];
}

/** What is wrong with the value's numbers, if anything. */
function problem(value: FigureValue, given: string): string | undefined {
  const numbers = numbersOf(value);
  const huge = numbers.find((n) => !Number.isFinite(n) || Math.abs(n) > MAX);
  if (huge !== undefined) return `is ${huge}, not a count or distance from 0 to ${MAX.toLocaleString('en')}`;
  const named = numbersInGiven(given);
  const unnamed = named.length > 0 ? numbers.find((n) => !named.includes(n)) : undefined;
  const negative = numbers.find((n) => n < 0);
  if (unnamed === undefined) {
    return negative === undefined ? undefined : `is ${negative}, not a count or distance from 0 to ${MAX.toLocaleString('en')}`;
  }
  const words = named.map((n) => n.toLocaleString('en')).join(' or ');
  return `is ${unnamed.toLocaleString('en')}, but "${given}" says ${words}: a figure's number is the number its words give`;
}

export const figureNumberMatchesGiven: ContentCheck = {
  name: 'figure-number-matches-given',
  rule: "a figure's numbers are the numbers its `given` words name, from 0 to the largest the site draws",
  run(content) {
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        const found = claim.figure && problem(claim.figure.value, claim.figure.given);
        return found ? [new ContentError(article.file, `claims[${i}] (${claim.id}).figure.value`, found)] : [];
      }),
    );
  },
};
