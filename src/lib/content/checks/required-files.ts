/**
 * The site's own content folder holds its guard files, each under its own name and not
 * empty: the alias table, the place positions and the permalink lock. The rule is made in
 * `src/lib/site/required-files.ts`, where the lock is spelled.
 */
import type { FileCheck } from './check.ts';

export const requiredFiles: FileCheck = {
  name: 'required-files',
  rule: "the site's content has people.yaml, places.yaml and permalinks.lock, none of them empty",
};
