/**
 * Link-preview images (1200×630 PNG): an SVG laid out here, painted by Skia
 * (`preview-canvas.ts`) with a font from an npm package (never a system font, never the
 * network), so every machine draws the same picture. Rendering is cached by a hash of the SVG: an image whose text and
 * design have not changed is read back, not redrawn. A build draws the images it lacks on
 * threads of their own while it renders its pages (`preview-pool.ts`).
 * @see https://ogp.me/#structured — og:image, og:image:width, og:image:height
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { FONT_FILES, paintSvg, PAINTER } from './preview-canvas.ts';
import { drawableText, fontRanges } from './font-coverage.ts';
import { encodePng } from './preview-png.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
export const PAD = 80;
export const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PAD;
export const FONT_FAMILY = 'Source Sans 3';

export interface PreviewText {
  /** The small line at the top: the site's name. */
  readonly kicker: string;
  /** The date, as a reader says it: "Sunday 13 October 2019". */
  readonly date: string;
  readonly title: string;
}

/**
 * Advance widths of Source Sans 3 Bold, in em: the widest glyph of each class, measured
 * as drawn, so that a line wrapped by this estimate is never wider when drawn
 * (tests/unit/preview-image.test.ts draws every title to check).
 */
function charWidth(char: string): number {
  if (char === ' ') return 0.22;
  if ("ijlftr.,;:!'’|()[]".includes(char)) return 0.4;
  if ('—…'.includes(char)) return 1;
  if ('mwMW%@◌'.includes(char)) return 0.91;
  if (/[A-Z]/.test(char)) return 0.69;
  return 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * fontSize;
}

/** The characters both weights of the font draw (they have the same). */
const COVERED = fontRanges(FONT_FILES[700]);

/** The text as the picture can draw it: a character the font lacks as a visible mark, not an empty box. */
export const drawable = (text: string) => drawableText(text, COVERED);

/** Text for the SVG: drawable, and escaped so that it stays text. */
export const svgText = (text: string) => escapeXml(drawable(text));

/** A word wider than the line, cut into pieces that fit (a 300-letter title with no space). */
function pieces(word: string, fontSize: number, maxWidth: number): string[] {
  if (textWidth(word, fontSize) <= maxWidth) return [word];
  const cut: string[] = [''];
  for (const char of word) {
    if (textWidth(cut.at(-1)! + char, fontSize) > maxWidth) cut.push('');
    cut[cut.length - 1] += char;
  }
  return cut;
}

/**
 * Greedy word wrap, a word wider than the line cut where it must be; a last line that
 * would overflow `maxLines` ends in an ellipsis.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  const words = drawable(text)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => pieces(word, fontSize, maxWidth));
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let tail = kept[maxLines - 1]!;
  while (textWidth(`${tail}…`, fontSize) > maxWidth && tail.length > 0) {
    tail = tail.includes(' ') ? tail.slice(0, tail.lastIndexOf(' ')) : [...tail].slice(0, -1).join('');
  }
  kept[maxLines - 1] = `${tail}…`;
  return kept;
}

/** The biggest title size (of a few) that fits in four lines. */
export function layoutTitle(title: string): { fontSize: number; lines: string[] } {
  for (const fontSize of [76, 66, 58]) {
    const lines = wrapText(title, fontSize, TEXT_WIDTH, fontSize > 66 ? 3 : 4);
    if (!lines.at(-1)!.endsWith('…')) return { fontSize, lines };
  }
  return { fontSize: 52, lines: wrapText(title, 52, TEXT_WIDTH, 4) };
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The picture as SVG: dark ground, the site's name, the date, the title, large. */
export function previewSvg(text: PreviewText): string {
  const { fontSize, lines } = layoutTitle(text.title);
  const lineHeight = Math.round(fontSize * 1.14);
  const titleTop = 262 + fontSize;
  const title = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${titleTop + i * lineHeight}" font-size="${fontSize}" font-weight="700" fill="#ffffff">${svgText(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#122a45"/>`,
    `<rect x="0" y="0" width="16" height="${PREVIEW_HEIGHT}" fill="#f2b544"/>`,
    `<text x="${PAD}" y="118" font-size="36" font-weight="400" fill="#c9d9ee">${svgText(text.kicker)}</text>`,
    `<rect x="${PAD}" y="146" width="120" height="5" fill="#f2b544"/>`,
    `<text x="${PAD}" y="226" font-size="50" font-weight="700" fill="#f2b544">${svgText(text.date)}</text>`,
    title,
    `</svg>`,
  ].join('');
}

export function renderPng(svg: string): Buffer {
  const { pixels, width, height } = paintSvg(svg);
  return encodePng(pixels, width, height);
}

/** Where rendered images are kept between builds: outside the repository's tracked files. */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.PREVIEW_CACHE_DIR?.trim() || join('node_modules', '.cache', 'preview-images');
}

/**
 * What besides the SVG decides an image's bytes: the painter, the encoder and the zlib that
 * compresses for it. An image drawn by another of any is drawn again, so that a build that
 * reuses the cache writes the bytes a cold build would.
 */
const ENCODING = `${PAINTER} png zlib-${process.versions.zlib} level-1`;

/** The cache file of an SVG's PNG. */
export function cacheFile(svg: string, cacheDir = defaultCacheDir()): string {
  const key = createHash('sha256').update(ENCODING).update('\n').update(svg).digest('hex').slice(0, 32);
  return join(cacheDir, `${key}.png`);
}

/** Draws an SVG into its cache file, whole or not at all (a reader never sees half a file). */
export function drawToCache(svg: string, file: string): Buffer {
  const png = renderPng(svg);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/** The PNG for `text`, from the cache when the same SVG was drawn before. */
export function previewPng(text: PreviewText, cacheDir = defaultCacheDir()): { png: Buffer; cached: boolean } {
  return cachedPng(previewSvg(text), cacheDir);
}

/** The PNG for an SVG, from the cache when the same SVG was drawn before. */
export function cachedPng(svg: string, cacheDir = defaultCacheDir()): { png: Buffer; cached: boolean } {
  const file = cacheFile(svg, cacheDir);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  return { png: drawToCache(svg, file), cached: false };
}
