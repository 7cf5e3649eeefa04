import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { measuringContext, paintedWidth } from '../../src/lib/site/preview-canvas.ts';
import { layoutTitle, previewPng, previewSvg, TEXT_WIDTH, wrapText } from '../../src/lib/site/preview-image.ts';
import { drawableText, fontRanges, MISSING_GLYPH } from '../../src/lib/site/font-coverage.ts';
import { FONT_FILES } from '../../src/lib/site/preview-canvas.ts';
import { pngSize } from '../support/png.ts';

/** The real width of a line as it is painted with the bundled bold font. */
const ctx = measuringContext();
const drawnWidth = (line: string, fontSize: number) => paintedWidth(ctx, line, fontSize, 700);

const text = {
  kicker: 'Syria withdrawal timeline',
  date: 'Sunday 13 October 2019',
  title: 'IS relatives escape the Ain Issa camp',
};

describe('preview images', () => {
  it('fits every event title inside the picture, as drawn with the bundled font', () => {
    const { content } = checkContentDir('content');
    const titles = [...content.events.map((event) => event.title), 'The US withdrawal from Syria, 2018–2019'];
    for (const title of titles) {
      const { fontSize, lines } = layoutTitle(title);
      expect(lines.join(' '), title).toBe(title); // nothing cut off
      for (const line of lines) {
        const width = drawnWidth(line, fontSize);
        expect(width, line).toBeGreaterThan(0); // the font was found and the text drawn
        expect(width, line).toBeLessThanOrEqual(TEXT_WIDTH);
      }
    }
  });

  it('keeps a title large enough to read at thumbnail size, and cuts only what cannot fit', () => {
    expect(layoutTitle(text.title).fontSize).toBe(76);
    const long = 'word '.repeat(80).trim();
    const { fontSize, lines } = layoutTitle(long);
    expect(fontSize).toBeGreaterThanOrEqual(52);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(wrapText('a b', 40, 1000, 1)).toEqual(['a b']);
  });

  it('wraps and cuts a 300-character title with no space inside the picture', () => {
    const { fontSize, lines } = layoutTitle('A'.repeat(300));
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines.at(-1)).toMatch(/…$/);
    for (const line of lines) expect(drawnWidth(line, fontSize), line).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('draws a character the font lacks (emoji, Chinese) as a visible mark, never an empty box', () => {
    const ranges = fontRanges(FONT_FILES[700]);
    const has = (char: string) =>
      ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);
    expect(has(MISSING_GLYPH)).toBe(true);
    expect(has('😀')).toBe(false);
    expect(drawableText('Troops 🇺🇸 leave 叙利亚, 👨‍👩‍👧 – “é”', ranges)).toBe(
      `Troops ${MISSING_GLYPH} leave ${MISSING_GLYPH.repeat(3)}, ${MISSING_GLYPH} – “é”`,
    );
    const svg = previewSvg({ ...text, title: 'US troops 🇺🇸 leave 叙利亚' });
    const drawn = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]!).join('');
    expect(drawn).toContain(`US troops ${MISSING_GLYPH} leave`);
    for (const char of drawn) expect(has(char), `U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
  });

  it('writes text into the SVG as text, never as markup', () => {
    const svg = previewSvg({ ...text, title: 'Us & them <script>' });
    expect(svg).toContain('Us &amp; them &lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });

  it('draws a 1200×630 PNG once, then reads it from the cache until what it shows changes', () => {
    const cache = mkdtempSync(join(tmpdir(), 'preview-cache-'));
    const first = previewPng(text, cache);
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    const second = previewPng(text, cache);
    expect(second.cached).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(previewPng({ ...text, date: 'Monday 14 October 2019' }, cache).cached).toBe(false);
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
