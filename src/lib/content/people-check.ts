/**
 * The content check's part for speakers and figures: the alias table is consistent, every
 * claim's speaker is in it, and the figures of one measure can be compared at all.
 */
import type { CheckedContent } from './content-check.ts';
import { ContentError } from './errors.ts';
import { indexPeople, normalizeForm, resolveSpeaker } from './people.ts';
import { unitInfo } from './units.ts';
import type { Unit } from './schema.ts';

export function checkPeopleAndFigures(content: CheckedContent, peopleFile: string | undefined): ContentError[] {
  const errors: ContentError[] = [];
  if (peopleFile) {
    const ids = new Set<string>();
    const forms = new Map<string, string>();
    content.people.forEach((person, i) => {
      const field = `[${i}] (${person.id})`;
      if (ids.has(person.id)) errors.push(new ContentError(peopleFile, `${field}.id`, `duplicate id "${person.id}"`));
      ids.add(person.id);
      person.aliases.forEach((alias, j) => {
        const owner = forms.get(normalizeForm(alias.form));
        if (owner && owner !== person.id) {
          errors.push(
            new ContentError(peopleFile, `${field}.aliases[${j}]`, `"${alias.form}" is already an alias of "${owner}"`),
          );
        }
        forms.set(normalizeForm(alias.form), person.id);
      });
    });
    const index = indexPeople(content.people);
    for (const article of content.articles) {
      article.data.claims.forEach((claim, i) => {
        if (resolveSpeaker(index, claim.by, article.data)) return;
        const what =
          normalizeForm(claim.by) === 'the article'
            ? `its publisher "${article.data.source.publisher}"`
            : `"${claim.by}"`;
        errors.push(
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).by`,
            `${what} is not in ${peopleFile}: add it as an alias`,
          ),
        );
      });
    }
  }

  // One measure, one dimension: "20 miles" and "30 km" compare; "20 troops" and "20 km" do not.
  const firstUnit = new Map<string, { unit: Unit; where: string }>();
  for (const article of content.articles) {
    article.data.claims.forEach((claim, i) => {
      if (!claim.figure) return;
      const seen = firstUnit.get(claim.figure.measure);
      if (!seen) {
        firstUnit.set(claim.figure.measure, { unit: claim.figure.unit, where: `${article.file} (${claim.id})` });
      } else if (unitInfo(seen.unit).base !== unitInfo(claim.figure.unit).base) {
        errors.push(
          new ContentError(
            article.file,
            `claims[${i}] (${claim.id}).figure.unit`,
            `"${claim.figure.unit}" cannot be compared with "${seen.unit}", the unit of measure "${claim.figure.measure}" in ${seen.where}`,
          ),
        );
      }
    });
  }
  return errors;
}
