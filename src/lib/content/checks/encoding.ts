/** Every content file is UTF-8 without a byte-order mark, which Astro and YAML would misread. */
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const encoding: FileCheck = { name: 'encoding', rule: 'a content file is UTF-8 without a byte-order mark' };

/** The file's text, or the error that names a file that is not UTF-8 or starts with a BOM. */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ContentError(file, '(file)', 'is not valid UTF-8; save it as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) {
    throw new ContentError(file, '(file)', 'starts with a byte-order mark; save it as UTF-8 without BOM');
  }
  return text;
}
