/**
 * Paints a preview image's SVG with Skia (`@napi-rs/canvas`) and gives its pixels. The SVG is
 * the site's own (`preview-image.ts`, `figures-image.ts`), so only what those write is read:
 * `<rect>`, `<circle>` and `<text>` with `<tspan>` runs, with their position, size, fill,
 * opacity, font size and weight. Anything else is an error, so that a design that needs more
 * is refused, never drawn wrong. Text is set in the bundled Source Sans 3 (never a system
 * font), each weight registered under a name of its own.
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Resolved from the project root: the endpoints that use this are bundled elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

/** The font of each weight the designs use. */
export const FONT_FILES = {
  400: require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'),
} as const;
type Weight = keyof typeof FONT_FILES;

/** What decides the pixels besides the SVG: the painter and its version. */
export const PAINTER = `skia-canvas-${(require('@napi-rs/canvas/package.json') as { version: string }).version}`;

const familyOf = (weight: Weight) => `Preview Source Sans 3 ${weight}`;
for (const [weight, file] of Object.entries(FONT_FILES))
  if (!GlobalFonts.has(familyOf(Number(weight) as Weight)))
    GlobalFonts.registerFromPath(file, familyOf(Number(weight) as Weight));

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot);/g, (entity) => ENTITIES[entity]!);

type Attributes = Record<string, string>;

function attributesOf(source: string): Attributes {
  const attributes: Attributes = {};
  for (const [, name, value] of source.matchAll(/([A-Za-z][A-Za-z:-]*)="([^"]*)"/g))
    attributes[name!] = unescapeXml(value!);
  return attributes;
}

function number(attributes: Attributes, name: string, whole: number, fallback?: number): number {
  const value = attributes[name];
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`preview SVG: <${attributes['']}> has no ${name}`);
  }
  const parsed = value.endsWith('%') ? (Number(value.slice(0, -1)) / 100) * whole : Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`preview SVG: ${name}="${value}" is not a number`);
  return parsed;
}

function weightOf(value: string | undefined): Weight {
  const weight = Number(value ?? 400);
  if (!(weight in FONT_FILES)) throw new Error(`preview SVG: font-weight="${value}" has no font`);
  return weight as Weight;
}

const KNOWN: Record<string, readonly string[]> = {
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill', 'fill-opacity'],
  circle: ['cx', 'cy', 'r', 'fill'],
  text: ['x', 'y', 'font-size', 'font-weight', 'fill'],
  tspan: ['font-weight'],
};

function checked(element: string, attributes: Attributes): Attributes {
  for (const name of Object.keys(attributes))
    if (!KNOWN[element]!.includes(name)) throw new Error(`preview SVG: <${element} ${name}> is not painted`);
  return { ...attributes, '': element };
}

/** The runs of a `<text>`'s content, white space collapsed as SVG does. */
function runsOf(content: string, weight: Weight): { text: string; weight: Weight }[] {
  const runs: { text: string; weight: Weight }[] = [];
  let at = 0;
  for (const match of content.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) {
    if (match.index > at) runs.push({ text: content.slice(at, match.index), weight });
    runs.push({ text: match[2]!, weight: weightOf(checked('tspan', attributesOf(match[1]!))['font-weight']) });
    at = match.index + match[0].length;
  }
  if (at < content.length) runs.push({ text: content.slice(at), weight });
  for (const run of runs) {
    if (run.text.includes('<')) throw new Error(`preview SVG: markup inside <text> is not painted: ${run.text}`);
    run.text = unescapeXml(run.text).replace(/\s+/g, ' ');
  }
  if (runs[0]) runs[0].text = runs[0].text.trimStart();
  if (runs.at(-1)) runs.at(-1)!.text = runs.at(-1)!.text.trimEnd();
  return runs;
}

const font = (size: number, weight: Weight) => `${size}px "${familyOf(weight)}"`;

/** The width of a line of text as it is painted. */
export function paintedWidth(ctx: SKRSContext2D, text: string, fontSize: number, weight: Weight = 700): number {
  ctx.font = font(fontSize, weight);
  return ctx.measureText(text).width;
}

function paint(ctx: SKRSContext2D, body: string, width: number, height: number): void {
  const elements = /<(rect|circle)([^>]*)\/>|<text([^>]*)>(.*?)<\/text>|(\S[^<]*|<[^>]*>)/gs;
  for (const match of body.matchAll(elements)) {
    const [, shape, shapeAttributes, textAttributes, content, other] = match;
    if (other !== undefined) throw new Error(`preview SVG: ${other.slice(0, 60)} is not painted`);
    ctx.globalAlpha = 1;
    if (shape === 'rect') {
      const a = checked('rect', attributesOf(shapeAttributes!));
      ctx.fillStyle = a.fill ?? '#000000';
      ctx.globalAlpha = number(a, 'fill-opacity', 1, 1);
      const [x, y, w, h] = [
        number(a, 'x', width, 0),
        number(a, 'y', height, 0),
        number(a, 'width', width),
        number(a, 'height', height),
      ];
      const rx = number(a, 'rx', width, 0);
      if (rx > 0) {
        ctx.beginPath();
        ctx.roundRect(x, y, w, h, Math.min(rx, w / 2, h / 2));
        ctx.fill();
      } else ctx.fillRect(x, y, w, h);
    } else if (shape === 'circle') {
      const a = checked('circle', attributesOf(shapeAttributes!));
      ctx.fillStyle = a.fill ?? '#000000';
      ctx.beginPath();
      ctx.arc(number(a, 'cx', width), number(a, 'cy', height), number(a, 'r', width), 0, 2 * Math.PI);
      ctx.fill();
    } else {
      const a = checked('text', attributesOf(textAttributes!));
      const size = number(a, 'font-size', height);
      let x = number(a, 'x', width);
      const y = number(a, 'y', height);
      ctx.fillStyle = a.fill ?? '#000000';
      for (const run of runsOf(content!, weightOf(a['font-weight']))) {
        ctx.font = font(size, run.weight);
        ctx.fillText(run.text, x, y);
        x += ctx.measureText(run.text).width;
      }
    }
  }
}

/** One canvas per size and thread, painted over for each image. */
const canvases = new Map<string, Canvas>();

/** The SVG's picture as 8-bit RGBA pixels, rows top to bottom (its ground is opaque, so premultiplied is plain). */
export function paintSvg(svg: string): { pixels: Buffer; width: number; height: number } {
  const root = /^<svg ([^>]*)>(.*)<\/svg>$/s.exec(svg);
  if (!root) throw new Error('preview SVG: not one <svg> element');
  const a = attributesOf(root[1]!);
  const [width, height] = [Number(a.width), Number(a.height)];
  if (a.viewBox !== undefined && a.viewBox !== `0 0 ${width} ${height}`)
    throw new Error(`preview SVG: viewBox="${a.viewBox}" is not its size`);
  const key = `${width}×${height}`;
  let canvas = canvases.get(key);
  if (!canvas) canvases.set(key, (canvas = createCanvas(width, height)));
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, width, height);
  paint(ctx, root[2]!, width, height);
  return { pixels: canvas.data(), width, height };
}

/** A context to measure text with, as it is painted. */
export const measuringContext = (): SKRSContext2D => createCanvas(1, 1).getContext('2d');
