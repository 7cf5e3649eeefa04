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
import type { Root as HastRoot } from 'hast';
import { normalizeText } from './text-fold.ts';
import { markQuotes, type Highlight } from './quote-marks.ts';

const parser = unified().use(remarkParse);

export function parseMarkdown(markdown: string): MdRoot {
  return parser.parse(markdown);
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The plain text of each paragraph-like block, in order, as a reader sees it: an image's
 * alt text is left out, because the page does not show the image.
 */
export function blockTexts(tree: MdRoot): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (BLOCKS.has(node.type)) {
      texts.push(toString(node as MdNodes, { includeImageAlt: false }));
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

/**
 * The first words of the body as plain text, cut on a word boundary. Only white space is
 * folded: the reader sees the article's own dashes and quotes, not `normalizeText`'s.
 */
export function excerpt(tree: MdRoot, maxLength = 160): string {
  const first =
    blockTexts(tree)
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .find((text) => text.length > 0) ?? '';
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

/** Raw HTML, images and links a browser could run: what the content check refuses in a body. */
export function findUnsafeMarkup(tree: MdRoot): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      found.push({ line, what: `raw HTML is not allowed (${JSON.stringify(node.value.slice(0, 40))})` });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      // The site keeps an article's words, not its pictures: an image would be dropped from the page.
      found.push({
        line,
        what: `an image, which the page does not show: leave it out (and its caption, if it matters, as text)`,
      });
    } else if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      found.push({
        line,
        what: `${node.type} to an unsafe URL (${JSON.stringify(node.url.slice(0, 40))}); only http(s), mailto and site links are allowed`,
      });
    }
  });
  return found;
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
