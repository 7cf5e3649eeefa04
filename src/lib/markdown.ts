/**
 * Article bodies, read with remark: plain text for quote checks and excerpts, the checks
 * that keep markup out of pages, and the HTML of an article with its quotes marked.
 *
 * One processor (remark → rehype) makes an article's HTML; raw HTML in markdown is never
 * passed through (remark-rehype drops it, and the content check refuses it first).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root as MdRoot, Nodes as MdNodes } from 'mdast';
import type { Root as HastRoot, Element, ElementContent, Text } from 'hast';

const parser = unified().use(remarkParse);

export function parseMarkdown(markdown: string): MdRoot {
  return parser.parse(markdown);
}

/**
 * Text as a reader sees it, for comparison: white space folded, typographic quotes and
 * dashes read as their plain forms, so an editor's straight quote finds a curly one.
 */
export function normalizeText(text: string): string {
  // The same result as `foldText(text).text`, without keeping origins: the content
  // check normalises every block for every claim, and this is the hot path.
  return text.replace(FOLDABLE, (ch) => FOLD[ch]!).replace(/\s+/g, ' ').trim();
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u00A0': ' ',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Folds text, keeping for each folded character the index it came from. */
function foldText(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out += ' ';
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    out += ch;
    origin.push(i);
  }
  return { text: out, origin };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The plain text of each paragraph-like block, in order. */
export function blockTexts(tree: MdRoot): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (BLOCKS.has(node.type)) {
      texts.push(toString(node as MdNodes));
      return 'skip';
    }
    return undefined;
  });
  return texts;
}

/** Whether `quote` is a passage of one block of the body, compared as text. */
export function containsQuote(blocks: readonly string[], quote: string): boolean {
  const wanted = normalizeText(quote);
  return wanted.length > 0 && normalizedBlocks(blocks).some((block) => block.includes(wanted));
}

/** An article's blocks are checked against each of its claims: normalise them once. */
const normalized = new WeakMap<readonly string[], readonly string[]>();
function normalizedBlocks(blocks: readonly string[]): readonly string[] {
  let texts = normalized.get(blocks);
  if (!texts) normalized.set(blocks, (texts = blocks.map(normalizeText)));
  return texts;
}

/** The first words of the body as plain text, cut on a word boundary. */
export function excerpt(tree: MdRoot, maxLength = 160): string {
  const first = blockTexts(tree).map(normalizeText).find((text) => text.length > 0) ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export interface UnsafeMarkup {
  readonly line: number | undefined;
  readonly what: string;
}

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

/** Raw HTML and links a browser could run: what the content check refuses in a body. */
export function findUnsafeMarkup(tree: MdRoot): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      found.push({ line, what: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))})` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      found.push({ line, what: `${node.type} to an unsafe URL (${JSON.stringify(node.url.slice(0, 40))}); only http(s), mailto and site links are allowed` });
    }
  });
  return found;
}

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
 * The article body as HTML, each highlight's passage wrapped in `<mark id>` and followed
 * by a link to its claim. Unsafe links are dropped to their text.
 */
export function renderArticleHtml(markdown: string, highlights: readonly Highlight[] = []): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => {
      neutraliseLinks(tree);
      markQuotes(tree, highlights);
    })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

function neutraliseLinks(tree: HastRoot): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'img' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName !== 'a') return undefined;
    const href = String(node.properties.href ?? '');
    if (!SAFE_URL.test(href.trim())) {
      delete node.properties.href;
    } else if (/^https?:/i.test(href)) {
      node.properties.rel = ['noopener', 'noreferrer'];
    }
    return undefined;
  });
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
function markQuotes(tree: HastRoot, highlights: readonly Highlight[]): void {
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
      if (other === block || containsNode(other.element, block.element) || containsNode(block.element, other.element)) other.folded = undefined;
    }
  }
}

function textOf(element: Element): string {
  let full = '';
  collectTexts(element, (node) => (full += node.value));
  return full;
}

function containsNode(outer: Element, inner: Element): boolean {
  return outer.children.some((child) => child === inner || (child.type === 'element' && containsNode(child, inner)));
}

/** Wraps the quote, known to be in the block's folded text, in `<mark>`. */
function wrapQuote(block: Element, wanted: string, highlight: Highlight): void {
  const texts: { node: Text; parent: Element; start: number }[] = [];
  let full = '';
  collectTexts(block, (node, parent) => {
    texts.push({ node, parent, start: full.length });
    full += node.value;
  });
  const folded = foldText(full);
  const at = folded.text.indexOf(wanted);
  const from = folded.origin[at]!;
  const to = folded.origin[at + wanted.length - 1]! + 1;
  wrapRange(texts, from, to, highlight);
}

function collectTexts(element: Element, onText: (node: Text, parent: Element) => void): void {
  for (const child of element.children) {
    if (child.type === 'text') onText(child, element);
    else if (child.type === 'element') collectTexts(child, onText);
  }
}

function wrapRange(
  texts: { node: Text; parent: Element; start: number }[],
  from: number,
  to: number,
  highlight: Highlight,
): void {
  const touched = texts.filter(({ node, start }) => start < to && start + node.value.length > from);
  touched.forEach(({ node, parent, start }, i) => {
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
    if (i === touched.length - 1 && highlight.href) pieces.push(claimLink(highlight));
    if (b < value.length) pieces.push({ type: 'text', value: value.slice(b) });
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
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
