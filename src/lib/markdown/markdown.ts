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
import { visit } from 'unist-util-visit';
import type { Root as MdRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { markQuotes, type Highlight } from './quote-marks.ts';
import { blockTexts, textBlocks, type TextBlock } from './text-blocks.ts';

const parser = unified().use(remarkParse);

export function parseMarkdown(markdown: string): MdRoot {
  return parser.parse(markdown);
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

/** A link of a body to a page of the site itself (`/events/x/#claim-c1`), with its line in the body. */
export interface SiteLink {
  readonly url: string;
  readonly line: number | undefined;
}

const SITE_URL = /^\/(?!\/)/;

/** The body's links (and link definitions) to the site's own pages, in the order they come. */
export function findSiteLinks(tree: MdRoot): SiteLink[] {
  const found: SiteLink[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && SITE_URL.test(node.url.trim())) {
      found.push({ url: node.url.trim(), line: node.position?.start.line });
    }
  });
  return found;
}

/**
 * The article body as HTML, each highlight's passage wrapped in `<mark id>` and followed
 * by a link to its claim. Unsafe links are dropped to their text. The quotes are found in
 * the blocks of text the content check read (`text-blocks.ts`), from the same parse.
 */
export function renderArticleHtml(
  markdown: string,
  highlights: readonly Highlight[] = [],
  /** A site-relative link (`/events/x/`) as the site prints it: under its base path. */
  sitePath: (path: string) => string = (path) => path,
): string {
  let blocks: TextBlock[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(() => (tree: MdRoot) => {
      blocks = textBlocks(tree);
    })
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => {
      neutraliseLinks(tree, sitePath);
      markQuotes(tree, blocks, highlights);
    })
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

function neutraliseLinks(tree: HastRoot, sitePath: (path: string) => string): void {
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
    } else if (/^\/(?!\/)/.test(href.trim())) {
      // An article's `/events/x/` means this site's page, wherever the site is served from.
      node.properties.href = sitePath(href.trim());
    }
    return undefined;
  });
}
