/** A spelling means one entry of the alias table, never two. */
import { ContentError } from '../errors.ts';
import { normalizeForm } from '../people.ts';
import type { ContentCheck } from './check.ts';

export const oneOwnerPerAlias: ContentCheck = {
  name: 'one-owner-per-alias',
  rule: 'a form in people.yaml is the alias of one entry only',
  run(content, files) {
    const peopleFile = files.people;
    if (!peopleFile) return [];
    const errors: ContentError[] = [];
    const owners = new Map<string, string>();
    content.people.forEach((person, i) => {
      person.aliases.forEach((alias, j) => {
        const form = normalizeForm(alias.form);
        const owner = owners.get(form);
        if (owner && owner !== person.id) {
          errors.push(
            new ContentError(
              peopleFile,
              `[${i}] (${person.id}).aliases[${j}]`,
              `"${alias.form}" is already an alias of "${owner}"`,
            ),
          );
        }
        owners.set(form, person.id);
      });
    });
    return errors;
  },
};
