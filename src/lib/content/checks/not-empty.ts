/**
 * The site has something to show: `events.yaml` and `phases.yaml` list at least one entry
 * and `articles/` holds at least one article, so no collection is ever quietly empty.
 */
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const notEmpty: FileCheck = {
  name: 'not-empty',
  rule: 'events.yaml and phases.yaml list at least one entry, articles/ holds at least one article',
};

export function requireItems(items: readonly unknown[], file: string): void {
  if (items.length === 0) throw new ContentError(file, '(root)', 'lists nothing: the site needs at least one entry');
}

export function requireArticles(names: readonly string[], folder: string): void {
  if (names.length === 0) throw new ContentError(folder, '(folder)', 'has no article (*.md): the site needs at least one');
}
