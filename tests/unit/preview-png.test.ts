import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cacheFile, FONT_FILES, previewSvg, renderPng } from '../../src/lib/site/preview-image.ts';
import { figuresPreviewSvg } from '../../src/lib/site/figures-image.ts';
import { encodePng } from '../../src/lib/site/preview-png.ts';
import { drawPreviews } from '../../src/lib/site/preview-pool.ts';
import { pngChunks, pngPixels } from '../support/png.ts';

const eventSvg = previewSvg({
  kicker: 'Syria withdrawal timeline',
  date: 'Sunday 13 October 2019',
  title: 'IS relatives escape the Ain Issa camp',
});
const figuresSvg = figuresPreviewSvg({
  kicker: 'Syria withdrawal timeline · claims across sources',
  title: 'IS relatives who escaped Ain Issa',
  summary: 'Sources disagree: 100 to 950 people',
  rows: [
    { figure: '100 people', speaker: 'SOHR', publisher: 'BBC News', low: 100, high: 100 },
    { figure: 'almost 800 people', speaker: 'Kurdish-led administration', publisher: 'BBC News', low: 750, high: 800 },
    { figure: '950 people', speaker: 'Kurdish officials', publisher: 'The Guardian', low: 950, high: Infinity },
  ],
});

/** The picture as resvg's own encoder wrote it, before the site encoded its PNGs itself. */
function resvgPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Source Sans 3' },
    fitTo: { mode: 'width', value: 1200 },
  });
  return resvg.render().asPng();
}

describe('preview PNG encoding', () => {
  it('writes a well-formed PNG: signature, IHDR, IDAT, IEND, every CRC right', () => {
    const pixels = Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 128, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const png = encodePng(pixels, 3, 2);
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcOk)).toBe(true);
    expect([...chunks[0]!.data]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    expect(pngPixels(png)).toEqual({ width: 3, height: 2, pixels });
    expect(() => encodePng(pixels, 3, 3)).toThrow(/24 bytes is not 3×3 RGBA pixels/);
  });

  it('draws the same pixels, at 1200×630, as resvg’s own encoder did', () => {
    for (const svg of [eventSvg, figuresSvg]) {
      const ours = pngPixels(renderPng(svg));
      const theirs = pngPixels(resvgPng(svg));
      expect(ours.width).toBe(1200);
      expect(ours.height).toBe(630);
      expect(ours.pixels.equals(theirs.pixels)).toBe(true);
    }
  });

  it('gives the same bytes for the same picture', () => {
    expect(renderPng(eventSvg).equals(renderPng(eventSvg))).toBe(true);
  });
});

describe('drawing preview images on every core', () => {
  it('draws each missing image once, into the file the endpoints read, with the bytes one thread draws', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'preview-pool-'));
    const svgs = Array.from({ length: 6 }, (_, i) =>
      previewSvg({ kicker: 'Syria withdrawal timeline', date: `Day ${i}`, title: `Event number ${i}` }),
    );
    expect(await drawPreviews([...svgs, svgs[0]!, figuresSvg], cache, 2)).toBe(7);
    for (const svg of [...svgs, figuresSvg])
      expect(readFileSync(cacheFile(svg, cache)).equals(renderPng(svg)), svg).toBe(true);
    expect(readdirSync(cache)).toHaveLength(7); // no partial files left behind
    expect(await drawPreviews(svgs, cache, 2)).toBe(0);
  });
});

describe('a measure’s preview image', () => {
  it('counts the figures it leaves out as its alt text does, with a thousands separator', () => {
    const rows = Array.from({ length: 1_005 }, (_, i) => ({
      figure: `${i + 1} people`,
      speaker: 'SOHR',
      publisher: 'BBC News',
      low: i + 1,
      high: i + 1,
    }));
    const svg = figuresPreviewSvg({ kicker: 'k', title: 't', summary: 's', rows });
    expect(svg).toContain('>and 1,000 more figures</text>');
    expect(figuresPreviewSvg({ kicker: 'k', title: 't', summary: 's', rows: rows.slice(0, 6) })).toContain(
      '>and 1 more figure</text>',
    );
  });
});
