/**
 * A body is markdown the parsers can walk: lists and block quotes nested at most
 * `MAX_MARKDOWN_NESTING` deep, no run of emphasis markers long enough to take remark
 * minutes. Refused before the body is parsed (a line of 3,000 `- ` takes remark a minute,
 * and 1,000 nested lists overflow the stack of the renderer).
 */
import type { Root } from 'mdast';
import { rawMarkdownHazard, treeNestingHazard, type Hazard } from '../../markdown/hazards.ts';
import { ContentError } from '../errors.ts';
import { MAX_MARKDOWN_NESTING } from '../limits.ts';
import type { FileCheck } from './check.ts';

export const markdownDepth: FileCheck = {
  name: 'markdown-depth',
  rule: `a body nests lists and block quotes at most ${MAX_MARKDOWN_NESTING} deep`,
};

function refuse(hazard: Hazard, file: string, bodyLine: number): ContentError {
  return new ContentError(file, `body (line ${hazard.line + bodyLine - 1})`, hazard.what);
}

/** Before parsing: throws for a body the parser would take too long over. */
export function checkRawMarkdown(body: string, file: string, bodyLine: number): void {
  const hazard = rawMarkdownHazard(body, MAX_MARKDOWN_NESTING);
  if (hazard) throw refuse(hazard, file, bodyLine);
}

/** After parsing: throws for nesting spread over many lines, before anything walks the tree. */
export function checkTreeDepth(tree: Root, file: string, bodyLine: number): void {
  const hazard = treeNestingHazard(tree, MAX_MARKDOWN_NESTING);
  if (hazard) throw refuse(hazard, file, bodyLine);
}
