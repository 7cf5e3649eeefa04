/**
 * Which characters the bundled preview font can draw, read from its `cmap` table (format
 * 12, every Unicode plane). Skia draws a character the font lacks as an empty box, and the
 * preview images use no system font (every machine draws the same picture): so a character
 * outside the font (an emoji, Chinese, Japanese or Korean) is drawn as `MISSING_GLYPH`, a
 * visible mark that something was left out, and the page itself shows the title in full.
 * @see https://learn.microsoft.com/en-us/typography/opentype/spec/cmap#format-12-segmented-coverage
 */
import { readFileSync } from 'node:fs';

type Ranges = readonly (readonly [number, number])[];

/** The code point ranges a TrueType or OpenType font maps to glyphs. */
export function fontRanges(file: string): Ranges {
  const font = readFileSync(file);
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) !== 'cmap') continue;
    const cmap = font.readUInt32BE(12 + 16 * i + 8);
    for (let j = 0; j < font.readUInt16BE(cmap + 2); j++) {
      const subtable = cmap + font.readUInt32BE(cmap + 8 + 8 * j);
      if (font.readUInt16BE(subtable) !== 12) continue;
      const groups = font.readUInt32BE(subtable + 12);
      return Array.from({ length: groups }, (_, g) => {
        const at = subtable + 16 + 12 * g;
        return [font.readUInt32BE(at), font.readUInt32BE(at + 4)] as const;
      });
    }
  }
  throw new Error(`${file}: no format 12 cmap, so its characters cannot be known`);
}

/**
 * What a character the font lacks is drawn as: the dotted circle, typography's mark for a
 * character that is not there (the font has no U+FFFD, and a white square would look like
 * the empty box it replaces).
 */
export const MISSING_GLYPH = '\u25CC';

/** Joiners and variation selectors: part of an emoji, not a character of their own. */
const MODIFIER = /^(\u200D|[\uFE00-\uFE0F])$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The text with each character (each grapheme: a whole emoji) the ranges lack as `MISSING_GLYPH`. */
export function drawableText(text: string, ranges: Ranges): string {
  const has = (code: number) => ranges.some(([from, to]) => code >= from && code <= to);
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const codes = [...segment].filter((char) => !MODIFIER.test(char)).map((char) => char.codePointAt(0)!);
    out += codes.every(has) ? segment : MISSING_GLYPH;
  }
  return out;
}
