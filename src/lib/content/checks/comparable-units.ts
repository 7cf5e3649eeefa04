/** One measure, one dimension: "20 miles" and "30 km" compare; "20 troops" and "20 km" do not. */
import { ContentError } from '../errors.ts';
import type { Unit } from '../schema.ts';
import { commonBase } from '../units.ts';
import type { ContentCheck } from './check.ts';

export const comparableUnits: ContentCheck = {
  name: 'comparable-units',
  rule: 'the figures of one measure are in units that can be compared (units.ts)',
  run(content) {
    const errors: ContentError[] = [];
    const firstUnit = new Map<string, { unit: Unit; where: string }>();
    for (const article of content.articles) {
      article.data.claims.forEach((claim, i) => {
        if (!claim.figure) return;
        const { measure, unit } = claim.figure;
        const seen = firstUnit.get(measure);
        if (!seen) {
          firstUnit.set(measure, { unit, where: `${article.file} (${claim.id})` });
        } else if (commonBase(seen.unit, unit) === undefined) {
          errors.push(
            new ContentError(
              article.file,
              `claims[${i}] (${claim.id}).figure.unit`,
              `"${unit}" cannot be compared with "${seen.unit}", the unit of measure "${measure}" in ${seen.where}`,
            ),
          );
        }
      });
    }
    return errors;
  },
};
