import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFile, previewSvg, renderPng } from '../../src/lib/site/preview-image.ts';
import { paintSvg } from '../../src/lib/site/preview-canvas.ts';
import { figuresPreviewSvg } from '../../src/lib/site/figures-image.ts';
import { encodePng } from '../../src/lib/site/preview-png.ts';
import { PreviewPool } from '../../src/lib/site/preview-pool.ts';
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

/** The pixel at (x, y) of 8-bit RGBA pixels, as #rrggbbaa. */
function pixel(image: { pixels: Buffer; width: number }, x: number, y: number): string {
  const at = (y * image.width + x) * 4;
  return `#${[...image.pixels.subarray(at, at + 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
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

  it('encodes the painted pixels, at 1200×630, without loss', () => {
    for (const svg of [eventSvg, figuresSvg]) {
      const painted = paintSvg(svg);
      const decoded = pngPixels(renderPng(svg));
      expect([decoded.width, decoded.height]).toEqual([1200, 630]);
      expect(decoded.pixels.equals(painted.pixels)).toBe(true);
    }
  });

  it('gives the same bytes for the same picture in another process, time zone and locale', () => {
    // As another machine's build would draw it: a fresh Node, its own font loading and zlib.
    const code = `import { renderPng } from './src/lib/site/preview-image.ts';
      process.stdout.write(renderPng(process.env.PREVIEW_SVG).toString('base64'));`;
    const other = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      env: { ...process.env, PREVIEW_SVG: eventSvg, TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(other.stderr).toBe('');
    expect(Buffer.from(other.stdout, 'base64').equals(renderPng(eventSvg))).toBe(true);
  });
});

describe('painting a preview SVG', () => {
  const svg = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" font-family="Source Sans 3">${body}</svg>`;

  it('paints what the SVG says: its ground, its shapes, its text, opaque everywhere', () => {
    const image = paintSvg(eventSvg);
    expect(pixel(image, 600, 620)).toBe('#122a45ff'); // the ground
    expect(pixel(image, 8, 300)).toBe('#f2b544ff'); // the stripe down the left
    expect(pixel(image, 140, 148)).toBe('#f2b544ff'); // the rule under the site's name
    const title = new Set<string>();
    for (let x = 80; x < 1120; x++) title.add(pixel(image, x, 330));
    expect(title.has('#ffffffff')).toBe(true); // the title, in white
    for (let i = 3; i < image.pixels.length; i += 4)
      if (image.pixels[i] !== 255) throw new Error(`pixel ${i >> 2} is not opaque`);
    const shapes = paintSvg(
      svg(
        '<rect width="100%" height="100%" fill="#000000"/><rect x="10" y="10" width="40" height="20" rx="10" fill="#ff0000" fill-opacity="0.5"/><circle cx="150" cy="50" r="10" fill="#00ff00"/>',
      ),
    );
    expect(pixel(shapes, 30, 20)).toBe('#800000ff');
    expect(pixel(shapes, 11, 11)).toBe('#000000ff'); // the corner rounded away
    expect(pixel(shapes, 150, 50)).toBe('#00ff00ff');
  });

  it('sets a bold run in bold and collapses white space as SVG does', () => {
    const ink = (body: string) => {
      const image = paintSvg(svg(`<rect width="100%" height="100%" fill="#000000"/>${body}`));
      let lit = 0;
      for (let i = 0; i < image.pixels.length; i += 4) lit += image.pixels[i]!;
      return lit;
    };
    const regular = ink('<text x="10" y="60" font-size="30" fill="#ffffff">Raqqa</text>');
    const bold = ink('<text x="10" y="60" font-size="30" fill="#ffffff"><tspan font-weight="700">Raqqa</tspan></text>');
    expect(bold).toBeGreaterThan(regular * 1.2);
    expect(ink('<text x="10" y="60" font-size="30" fill="#ffffff">  Raqqa\n  </text>')).toBe(regular);
    expect(ink('<text x="10" y="60" font-size="30" fill="#ffffff">A &amp; B</text>')).toBe(
      ink('<text x="10" y="60" font-size="30" fill="#ffffff">A &amp;   B</text>'),
    );
  });

  it('refuses what it does not paint, rather than drawing it wrong', () => {
    expect(() => paintSvg(svg('<path d="M0 0L10 10"/>'))).toThrow(/<path d="M0 0L10 10"\/> is not painted/);
    expect(() => paintSvg(svg('<rect width="10" height="10" stroke="#fff"/>'))).toThrow(/<rect stroke> is not painted/);
    expect(() => paintSvg(svg('<text x="0" y="0" font-size="10" font-weight="300">x</text>'))).toThrow(
      /font-weight="300"/,
    );
    expect(() => paintSvg('<g/>')).toThrow(/not one <svg> element/);
  });
});

describe('drawing preview images on every core', () => {
  it('draws each missing image once, into the file the endpoints read, with the bytes one thread draws', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'preview-pool-'));
    const svgs = Array.from({ length: 6 }, (_, i) =>
      previewSvg({ kicker: 'Syria withdrawal timeline', date: `Day ${i}`, title: `Event number ${i}` }),
    );
    const pool = new PreviewPool(cache, 1);
    expect(pool.queue([...svgs, svgs[0]!, figuresSvg])).toBe(7);
    expect(pool.queue(svgs)).toBe(0); // queued already
    await pool.drained();
    for (const svg of [...svgs, figuresSvg])
      expect(readFileSync(cacheFile(svg, cache)).equals(renderPng(svg)), svg).toBe(true);
    expect(readdirSync(cache)).toHaveLength(7); // no partial files left behind
    expect(new PreviewPool(cache, 1).queue(svgs)).toBe(0); // in the cache
  });

  it('gives each image whoever draws it: the thread, the asking endpoint, or the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'preview-pool-'));
    const svgs = Array.from({ length: 8 }, (_, i) =>
      previewSvg({ kicker: 'Syria withdrawal timeline', date: `Day ${i}`, title: `Another event ${i}` }),
    );
    const pool = new PreviewPool(cache, 1);
    pool.queue(svgs);
    // Asked for in the order the endpoints render, while the thread draws from the other end.
    const pngs = await Promise.all(svgs.map((svg) => pool.png(svg)));
    await pool.drained();
    svgs.forEach((svg, i) => expect(pngs[i]!.equals(renderPng(svg)), `image ${i}`).toBe(true));
    expect(readdirSync(cache)).toHaveLength(8);
    const unqueued = previewSvg({ kicker: 'k', date: 'd', title: 'Never queued' });
    expect((await pool.png(unqueued)).equals(renderPng(unqueued))).toBe(true);
  });

  it('draws on the asking thread alone when there are no threads to spare', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'preview-pool-'));
    const svgs = Array.from({ length: 5 }, (_, i) =>
      previewSvg({ kicker: 'k', date: `Day ${i}`, title: `One core ${i}` }),
    );
    const pool = new PreviewPool(cache, 0);
    pool.queue(svgs);
    expect(readdirSync(cache)).toHaveLength(0); // nothing drawn until asked
    expect((await pool.png(svgs[3]!)).equals(renderPng(svgs[3]!))).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    await pool.drained();
    expect(readdirSync(cache)).toHaveLength(5);
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
