/**
 * Markdown that would hang or crash the parsers before it could be refused: containers
 * nested thousands deep (the parsers recurse once per level, and a line of `- - - …` takes
 * quadratic time) and enormous runs of emphasis markers (quadratic in remark). Looked for
 * in the raw text, before parsing, and again in the tree for nesting spread over lines.
 */
import type { Root as MdRoot, Nodes as MdNodes } from 'mdast';

export interface Hazard {
  /** 1-based line of the body. */
  readonly line: number;
  readonly what: string;
}

/** Block quotes and list items opened at the start of one line: `> - 1. > x`. */
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
/** A run of one emphasis or strike-through marker longer than any emphasis needs. */
const MARKER_RUN = /([*_~])\1{63}/;

/** The first hazard in the raw body, if any. */
export function rawMarkdownHazard(body: string, maxNesting: number): Hazard | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    let depth = 0;
    for (let match = CONTAINER_MARKER.exec(rest); match && depth <= maxNesting; match = CONTAINER_MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(match[0].length);
    }
    if (depth > maxNesting) return { line: i + 1, what: tooDeep(maxNesting) };
    if (MARKER_RUN.test(lines[i]!)) {
      return { line: i + 1, what: 'has a run of more than 63 "*", "_" or "~": write a rule as "---"' };
    }
  }
  return undefined;
}

/** The first node nested deeper than `maxNesting` containers, walked without recursion. */
export function treeNestingHazard(tree: MdRoot, maxNesting: number): Hazard | undefined {
  // Containers count against `maxNesting`; every element (emphasis in emphasis…) against a wider one.
  const stack: { node: MdNodes; depth: number; all: number }[] = [{ node: tree, depth: 0, all: 0 }];
  while (stack.length > 0) {
    const { node, depth, all } = stack.pop()!;
    if (depth > maxNesting || all > maxNesting * 4) {
      return { line: node.position?.start.line ?? 1, what: tooDeep(maxNesting) };
    }
    if ('children' in node) {
      const inner = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
      for (const child of node.children) stack.push({ node: child as MdNodes, depth: inner, all: all + 1 });
    }
  }
  return undefined;
}

function tooDeep(maxNesting: number): string {
  return `nests lists, block quotes or emphasis more than ${maxNesting} deep`;
}
