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
const HEDGE_KINDS: readonly [readonly string[], Kind][] = [
  [['more than', 'over'], 'moreThan'],
  [['at least'], 'atLeast'],
  [['less than', 'fewer than', 'under'], 'lessThan'],
  [['at most'], 'atMost'],
  [['almost', 'nearly'], 'almost'],
  [['about', 'around', 'some', 'roughly', 'approximately'], 'about'],
  [['between'], 'between'],
];

/** Every hedge word, for the checks that look for one before a figure. */
export const HEDGE_WORDS: readonly string[] = HEDGE_KINDS.flatMap(([words]) => words);

const HEDGES: readonly [RegExp, Kind][] = HEDGE_KINDS.map(([words, kind]) => [
  new RegExp(`\\b(${words.join('|')})\\b`, 'i'),
  kind,
]);

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
