/** Content has no character that no page, feed or preview image can carry (see `../characters.ts`). */
import { ContentError } from '../errors.ts';
import { firstForbiddenCharacter } from '../characters.ts';
import type { FileCheck } from './check.ts';

export const characters: FileCheck = {
  name: 'characters',
  rule: 'content has no control characters (but tab and line breaks), non-characters or lone surrogates',
};

/** Refuses a file's text (decoded, raw) with the first such character and its line. */
export function checkCharacters(text: string, file: string): void {
  const found = firstForbiddenCharacter(text);
  if (!found) return;
  const line = text.slice(0, found.index).split(/\r\n?|\n/).length;
  throw new ContentError(file, `(file) (line ${line})`, `contains ${found.name}; ${found.advice}`);
}

