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
 * Every passage is found before any is wrapped, so quotes that share words (one inside
 * another, or overlapping) each keep their `<mark id>`: nested marks, never one erased.
 */
export function markQuotes(tree: HastRoot, blocks: readonly TextBlock[], highlights: readonly Highlight[]): void {
  const elements = blockElements(tree, blocks);
  const cuts = new Map<Text, Cut[]>();
  const places = new Map<Element, (TextPlace & { start: number })[]>();
  highlights.forEach((highlight, order) => {
    const wanted = normalizeText(highlight.quote);
    const element = elements[blockWithQuote(blocks, highlight.quote)];
    if (!wanted || !element) return;
    if (!places.has(element)) places.set(element, textPlaces(element));
    cutQuote(places.get(element)!, wanted, { highlight, order }, cuts);
  });
  const after: [TextPlace['link'] & object, Element][] = [];
  for (const [node, nodeCuts] of cuts) replaceText(node, nodeCuts, after);
  // A quote that ends inside a link's text: its claim link follows the link (a link in a link is not HTML).
  for (const [link, claim] of after.reverse()) {
    link.parent.children.splice(link.parent.children.indexOf(link.element) + 1, 0, claim);
  }
}

/** One highlight's part of one text node: `[a, b)` of its value. */
interface Cut {
  readonly highlight: Highlight;
  /** The highlight's place in the list: earlier ones are the outer marks. */
  readonly order: number;
  readonly place: TextPlace;
  readonly a: number;
  readonly b: number;
  /** The first part carries the id, the last is followed by the claim link. */
  readonly first: boolean;
  readonly last: boolean;
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

function textPlaces(block: Element): (TextPlace & { start: number })[] {
  const texts: (TextPlace & { start: number })[] = [];
  let length = 0;
  collectTexts(block, (place) => {
    texts.push({ ...place, start: length });
    length += place.node.value.length;
  });
  return texts;
}

/** Records where the quote, if it is in the block's folded text, falls in each text node. */
function cutQuote(
  texts: readonly (TextPlace & { start: number })[],
  wanted: string,
  of: { highlight: Highlight; order: number },
  cuts: Map<Text, Cut[]>,
): void {
  const folded = foldText(texts.map(({ node }) => node.value).join(''));
  const at = folded.text.indexOf(wanted);
  if (at < 0) return;
  const from = folded.origin[at]!;
  const to = folded.origin[at + wanted.length - 1]! + 1;
  const touched = texts.filter(({ node, start }) => start < to && start + node.value.length > from);
  touched.forEach((place, i) => {
    const cut: Cut = {
      ...of,
      place,
      a: Math.max(0, from - place.start),
      b: Math.min(place.node.value.length, to - place.start),
      first: i === 0,
      last: i === touched.length - 1,
    };
    cuts.set(place.node, [...(cuts.get(place.node) ?? []), cut]);
  });
}

function collectTexts(element: Element, onText: (place: TextPlace) => void, link: TextPlace['link'] = undefined): void {
  for (const child of element.children) {
    if (child.type === 'text') onText({ node: child, parent: element, link });
    else if (child.type === 'element') {
      collectTexts(child, onText, link ?? (child.tagName === 'a' ? { element: child, parent: element } : undefined));
    }
  }
}

/** Splits the text node at every cut, each piece in the marks of the quotes that hold it. */
function replaceText(node: Text, cuts: readonly Cut[], after: [TextPlace['link'] & object, Element][]): void {
  const { parent, link } = cuts[0]!.place;
  const value = node.value;
  const bounds = [...new Set([0, value.length, ...cuts.flatMap(({ a, b }) => [a, b])])].sort((x, y) => x - y);
  const pieces: ElementContent[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [p, q] = [bounds[i]!, bounds[i + 1]!];
    const holding = cuts.filter(({ a, b }) => a <= p && b >= q).sort((x, y) => y.order - x.order);
    let piece: ElementContent = { type: 'text', value: value.slice(p, q) };
    for (const cut of holding) {
      const id = cut.first && cut.a === p ? { id: cut.highlight.id } : {};
      piece = { type: 'element', tagName: 'mark', properties: { ...id, className: ['quote'] }, children: [piece] };
    }
    pieces.push(piece);
    for (const cut of cuts.filter(({ last, b, highlight }) => last && b === q && highlight.href)) {
      if (link) after.push([link, claimLink(cut.highlight)]);
      else pieces.push(claimLink(cut.highlight));
    }
  }
  parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
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
