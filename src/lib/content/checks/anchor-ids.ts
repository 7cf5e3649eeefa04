/**
 * No two elements of a page share an HTML id. A page gives a claim `claim-<id>` and its
 * speaker line `claim-<id>-by` (ClaimCard.astro), and a measure `measure-<id>` with
 * `-heading`, `-caption`, `-table` and `-table-chart-…` after it (MeasureTable.astro,
 * FigureChart.astro): claims `x` and `x-by` would make two elements `claim-x-by`, and a link
 * to one would land on the other. The other anchors (`quote-`, `speaker-`, event ids on `/`)
 * have prefixes of their own and nothing after the id.
 */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

/** What pages add after an id of each kind, to name its parts. */
const DERIVED = {
  claim: ['-by'],
  measure: ['-heading', '-caption', '-table', '-table-chart-wide', '-table-chart-narrow'],
} as const;

interface Named {
  readonly id: string;
  readonly file: string;
  readonly field: string;
}

/** An error for each id that is another id of its kind with a derived part's ending. */
function collisions(items: readonly Named[], kind: keyof typeof DERIVED): ContentError[] {
  const ids = new Set(items.map((item) => item.id));
  const reported = new Set<string>();
  return items.flatMap((item) => {
    const suffix = DERIVED[kind].find((end) => item.id.endsWith(end) && ids.has(item.id.slice(0, -end.length)));
    if (!suffix || reported.has(item.id)) return [];
    reported.add(item.id);
    const other = item.id.slice(0, -suffix.length);
    return [
      new ContentError(
        item.file,
        item.field,
        `"${item.id}" makes the HTML id "${kind}-${item.id}", which the page also gives to a part of ${kind} "${other}": choose an id that does not end in "${suffix}"`,
      ),
    ];
  });
}

export const anchorIds: ContentCheck = {
  name: 'anchor-ids',
  rule: 'no claim or measure id makes an HTML id that another gives a part of its own (claims "x" and "x-by")',
  run(content) {
    const claims = content.articles.flatMap((article) =>
      article.data.claims.map((claim, i) => ({ claim, file: article.file, at: `claims[${i}] (${claim.id})` })),
    );
    return [
      ...collisions(
        claims.map(({ claim, file, at }) => ({ id: claim.id, file, field: `${at}.id` })),
        'claim',
      ),
      ...collisions(
        claims.flatMap(({ claim, file, at }) =>
          claim.figure ? [{ id: claim.figure.measure, file, field: `${at}.figure.measure` }] : [],
        ),
        'measure',
      ),
    ];
  },
};
