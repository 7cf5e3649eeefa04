/**
 * Marks each claim's quote in an article's HTML tree: the passage wrapped in
 * `<mark id>` and followed by a link to its claim. The quote is looked for in the blocks
 * of text the content check read (`text-blocks.ts`), and marked in the HTML element made
 * from that block, found by its place in the markdown.
 */
import { visit } from 'unist-util-visit';
import type { Root as HastRoot, Element, ElementContent, Text } from 'hast';
import { foldText, normalizeText } from './text-fold.ts';
import { blockWithQuote, type TextBlock } from './text-blocks.ts';

export interface Highlight {
  /** The element id of the highlighted passage. */
  readonly id: string;
  readonly quote: string;
  /** Where the passage links to (the claim it carries). */
  readonly href?: string;
  /** The accessible name of that link. */
  readonly label?: string;
}

/**
 * Wraps the first occurrence of each quote in the first block that holds it. A block's
 * element is the innermost one whose source range holds the block's: its `<p>`, `<hN>`
 * or `<td>`, or the `<li>` of a tight list, where the paragraph has no element of its own.
 */
export function markQuotes(tree: HastRoot, blocks: readonly TextBlock[], highlights: readonly Highlight[]): void {
  const elements = blockElements(tree, blocks);
  for (const highlight of highlights) {
    const wanted = normalizeText(highlight.quote);
    const element = elements[blockWithQuote(blocks, highlight.quote)];
    // A quote already split by an earlier quote's claim link is left unmarked, never marked twice.
    if (!wanted || !element || !normalizeText(textOf(element)).includes(wanted)) continue;
    wrapQuote(element, wanted, highlight);
  }
}

function blockElements(tree: HastRoot, blocks: readonly TextBlock[]): (Element | undefined)[] {
  const found: (Element | undefined)[] = blocks.map(() => undefined);
  // Outer elements come first, so an inner one that holds the block too replaces its parent.
  visit(tree, 'element', (element) => {
    const from = element.position?.start.offset;
    const to = element.position?.end.offset;
    if (from === undefined || to === undefined) return;
    let i = lowerBound(blocks, from);
    for (; i < blocks.length && blocks[i]!.start < to; i++) if (blocks[i]!.end <= to) found[i] = element;
  });
  return found;
}

/** The first block starting at or after `offset` (blocks are in document order). */
function lowerBound(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A text's place in its block: its parent, and the outermost link it is inside, if any. */
interface TextPlace {
  readonly node: Text;
  readonly parent: Element;
  /** The link around the text and the element holding it: a claim link goes after it, never inside. */
  readonly link: { readonly element: Element; readonly parent: Element } | undefined;
}

function textOf(element: Element): string {
  let full = '';
  collectTexts(element, ({ node }) => (full += node.value));
  return full;
}

/** Wraps the quote, known to be in the block's folded text, in `<mark>`. */
function wrapQuote(block: Element, wanted: string, highlight: Highlight): void {
  const texts: (TextPlace & { start: number })[] = [];
  let full = '';
  collectTexts(block, (place) => {
    texts.push({ ...place, start: full.length });
    full += place.node.value;
  });
  const folded = foldText(full);
  const at = folded.text.indexOf(wanted);
  const from = folded.origin[at]!;
  const to = folded.origin[at + wanted.length - 1]! + 1;
  wrapRange(texts, from, to, highlight);
}

function collectTexts(element: Element, onText: (place: TextPlace) => void, link: TextPlace['link'] = undefined): void {
  for (const child of element.children) {
    if (child.type === 'text') onText({ node: child, parent: element, link });
    else if (child.type === 'element') {
      collectTexts(child, onText, link ?? (child.tagName === 'a' ? { element: child, parent: element } : undefined));
    }
  }
}

function wrapRange(texts: (TextPlace & { start: number })[], from: number, to: number, highlight: Highlight): void {
  const touched = texts.filter(({ node, start }) => start < to && start + node.value.length > from);
  touched.forEach(({ node, parent, link, start }, i) => {
    const value = node.value;
    const a = Math.max(0, from - start);
    const b = Math.min(value.length, to - start);
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      properties: i === 0 ? { id: highlight.id, className: ['quote'] } : { className: ['quote'] },
      children: [{ type: 'text', value: value.slice(a, b) }],
    };
    const pieces: ElementContent[] = [];
    if (a > 0) pieces.push({ type: 'text', value: value.slice(0, a) });
    pieces.push(mark);
    const last = i === touched.length - 1 && highlight.href;
    // A quote that ends inside a link's text: its claim link follows the link (a link in a link is not HTML).
    if (last && !link) pieces.push(claimLink(highlight));
    if (b < value.length) pieces.push({ type: 'text', value: value.slice(b) });
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    if (last && link)
      link.parent.children.splice(link.parent.children.indexOf(link.element) + 1, 0, claimLink(highlight));
  });
}

function claimLink(highlight: Highlight): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: highlight.href,
      className: ['quote-claim'],
      ...(highlight.label ? { ariaLabel: highlight.label } : {}),
    },
    children: [{ type: 'text', value: '↗' }],
  };
}
