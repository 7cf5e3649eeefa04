/**
 * The one model of an article's text: its paragraph-like blocks (paragraphs, headings,
 * table cells) as a reader sees them, each with where it stands in the markdown. The
 * content check finds a claim's quote in one block; the highlighter marks it in the HTML
 * made from that same block; the excerpts are the first block's words.
 */
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root as MdRoot, Nodes as MdNodes } from 'mdast';
import { normalizeText } from './text-fold.ts';

export interface TextBlock {
  /** The block's plain text; an image's alt text is left out (the content check refuses images). */
  readonly text: string;
  /** Its source offsets in the markdown: the HTML made from it carries the same. */
  readonly start: number;
  readonly end: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function textBlocks(tree: MdRoot): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(tree, (node) => {
    if (BLOCKS.has(node.type)) {
      blocks.push({
        text: toString(node as MdNodes, { includeImageAlt: false }),
        start: node.position?.start.offset ?? -1,
        end: node.position?.end.offset ?? -1,
      });
      return 'skip';
    }
    return undefined;
  });
  return blocks;
}

/** The plain text of each block, in order. */
export function blockTexts(tree: MdRoot): string[] {
  return textBlocks(tree).map((block) => block.text);
}

/** An article's blocks are searched for each of its claims: normalise them once. */
const normalized = new WeakMap<readonly (string | TextBlock)[], readonly string[]>();
function normalizedBlocks(blocks: readonly (string | TextBlock)[]): readonly string[] {
  let texts = normalized.get(blocks);
  if (!texts) {
    texts = blocks.map((block) => normalizeText(typeof block === 'string' ? block : block.text));
    normalized.set(blocks, texts);
  }
  return texts;
}

/** The index of the first block that holds `quote` as a passage, compared as text; -1 if none. */
export function blockWithQuote(blocks: readonly (string | TextBlock)[], quote: string): number {
  const wanted = normalizeText(quote);
  return wanted.length > 0 ? normalizedBlocks(blocks).findIndex((block) => block.includes(wanted)) : -1;
}

/** Whether `quote` is a passage of one block of the body, compared as text. */
export function containsQuote(blocks: readonly (string | TextBlock)[], quote: string): boolean {
  return blockWithQuote(blocks, quote) >= 0;
}
