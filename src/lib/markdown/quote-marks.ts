/**
 * Marks each claim's quote in an article's HTML tree: the passage wrapped in
 * `<mark id>` and followed by a link to its claim.
 */
import { visit } from 'unist-util-visit';
import type { Root as HastRoot, Element, ElementContent, Text } from 'hast';
import { foldText, normalizeText } from './text-fold.ts';

export interface Highlight {
  /** The element id of the highlighted passage. */
  readonly id: string;
  readonly quote: string;
  /** Where the passage links to (the claim it carries). */
  readonly href?: string;
  /** The accessible name of that link. */
  readonly label?: string;
}

const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

interface TextBlock {
  readonly element: Element;
  /** `normalizeText` of the block's text; dropped when a wrap changes that text. */
  folded: string | undefined;
}

/**
 * Wraps the first occurrence of each quote within one text block (blocks in document
 * order, outer before inner). Each block's text is folded once, not once per quote, and
 * again only after a claim link was added inside or around it.
 */
export function markQuotes(tree: HastRoot, highlights: readonly Highlight[]): void {
  const blocks: TextBlock[] = [];
  visit(tree, 'element', (element) => {
    if (TEXT_BLOCKS.has(element.tagName)) blocks.push({ element, folded: undefined });
  });
  for (const highlight of highlights) {
    const wanted = normalizeText(highlight.quote);
    if (!wanted) continue;
    const block = blocks.find((b) => (b.folded ??= normalizeText(textOf(b.element))).includes(wanted));
    if (!block) continue;
    wrapQuote(block.element, wanted, highlight);
    for (const other of blocks) {
      if (other === block || containsNode(other.element, block.element) || containsNode(block.element, other.element))
        other.folded = undefined;
    }
  }
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

function containsNode(outer: Element, inner: Element): boolean {
  return outer.children.some((child) => child === inner || (child.type === 'element' && containsNode(child, inner)));
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
