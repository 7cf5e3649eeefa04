/**
 * A body costs the markdown parser seconds at most: a body with more lines, or a paragraph
 * or a body with more emphasis, code or link markers, than any article comes near is
 * refused before it is parsed, since the parser's time grows faster than their count
 * (`*a` 60,000 times took the check minutes, `a` and `=` on 12,000 lines as long).
 * The limits and the times they were measured against are in `limits.ts`.
 */
import { parseCostHazard } from '../../markdown/parse-cost.ts';
import { ContentError } from '../errors.ts';
import { MAX_BODY_LINES, MAX_INLINE_MARKERS_PER_BODY, MAX_INLINE_MARKERS_PER_PARAGRAPH } from '../limits.ts';
import type { FileCheck } from './check.ts';

export const markdownCost: FileCheck = {
  name: 'markdown-cost',
  rule: `a body has at most ${MAX_BODY_LINES.toLocaleString('en')} lines, and at most ${MAX_INLINE_MARKERS_PER_PARAGRAPH} emphasis, code or link markers a paragraph and ${MAX_INLINE_MARKERS_PER_BODY.toLocaleString('en')} in all`,
};

/** Before parsing: throws for a body whose markers would take the parser too long. */
export function checkMarkdownCost(body: string, file: string, bodyLine: number): void {
  const hazard = parseCostHazard(body, {
    lines: MAX_BODY_LINES,
    perParagraph: MAX_INLINE_MARKERS_PER_PARAGRAPH,
    perBody: MAX_INLINE_MARKERS_PER_BODY,
  });
  if (hazard) throw new ContentError(file, `body (line ${hazard.line + bodyLine - 1})`, hazard.what);
}
