/**
 * A figure's `value` is no more and no less precise than its `given` words: "some 53" is
 * `{ about: 53 }`, "more than a dozen" is `{ moreThan: 12 }`, a bare "950" is exact.
 * See docs/editorial.md, rule 5.
 */
import { ContentError } from '../errors.ts';
import type { FigureValue } from '../schema.ts';
import type { ContentCheck } from './check.ts';

type KindOf<T> = T extends unknown ? keyof T : never;
type Kind = KindOf<FigureValue>;

/** Hedge words and the kind of value each stands for, tried in this order. */
const HEDGES: readonly [RegExp, Kind][] = [
  [/\b(more than|over)\b/i, 'moreThan'],
  [/\bat least\b/i, 'atLeast'],
  [/\b(less than|fewer than|under)\b/i, 'lessThan'],
  [/\bat most\b/i, 'atMost'],
  [/\b(almost|nearly)\b/i, 'almost'],
  [/\b(about|around|some|roughly|approximately)\b/i, 'about'],
  [/\bbetween\b/i, 'between'],
];

/** The kind of value `given` calls for, or undefined when its words do not say. */
export function kindOfGiven(given: string): Kind | undefined {
  for (const [pattern, kind] of HEDGES) if (pattern.test(given)) return kind;
  if (/\d\s*(to|–|-)\s*\d/.test(given)) return 'between';
  if (/^\s*\d[\d,.]*(\s|-|$)/.test(given)) return 'exact';
  return undefined;
}

export const figureValueMatchesGiven: ContentCheck = {
  name: 'figure-value-matches-given',
  rule: "a figure's `value` is of the kind its `given` words say: about, almost, more than, at least, between or exact",
  run(content) {
    return content.articles.flatMap((article) =>
      article.data.claims.flatMap((claim, i) => {
        if (!claim.figure) return [];
        const wanted = kindOfGiven(claim.figure.given);
        const kind = Object.keys(claim.figure.value)[0] as Kind;
        if (wanted === undefined || wanted === kind || kind === 'vague') return [];
        return [
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).figure.value`,
            `is {${kind}}, but "${claim.figure.given}" says {${wanted}}: a figure is as precise as its words`,
          ),
        ];
      }),
    );
  },
};
