/** An article opens with its frontmatter between two `---` lines. */
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';
import { parseYamlText } from './yaml-syntax.ts';

export const frontmatter: FileCheck = {
  name: 'frontmatter',
  rule: 'an article has a frontmatter block between two "---" lines, then its body',
};

export interface FrontmatterFile {
  readonly data: unknown;
  readonly body: string;
  /** The line of the file on which the body starts (1-based), for messages about the body. */
  readonly bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody` (decoded text); CRLF line endings are read as LF. */
export function splitFrontmatter(text: string, file: string): FrontmatterFile {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new ContentError(file, '(file)', 'is empty');
  const lines = normalized.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new ContentError(file, '(frontmatter)', 'must start with a line "---" that opens the frontmatter');
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    throw new ContentError(file, '(frontmatter)', 'has no closing "---" line after the frontmatter');
  }
  const data = parseYamlText(lines.slice(1, close).join('\n'), file, 1);
  return { data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
