/**
 * The locator map of northern Syria, drawn at build time: country outlines from Natural
 * Earth (the npm package `world-atlas`, 1:10m), projected and clipped to the frame with
 * d3-geo, the Turkey–Syria border drawn apart, and a dot for each place with a position.
 * The outlines are a drawing in their own units; dots and labels are placed in per cent of
 * the map's width and height with text in CSS px, so that a label is as large on a phone as
 * on a desktop (12 px or more), and labels are placed so that none covers another or a dot
 * at the narrowest width. Nothing here is read or requested when a page is viewed.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelWidth } from './chart.ts';

/** What the map shows, in degrees: northern Syria from the Euphrates to the Tigris. */
export const MAP_FRAME = { west: 37.8, east: 42.5, south: 35.7, north: 37.5 } as const;
/** The drawing's width in its own units; its height follows from the frame. */
export const MAP_WIDTH = 640;
/** The narrowest the map is drawn (a 320 px screen less the page's margins): labels are placed for it. */
export const NARROWEST_PX = 288;
export const LABEL_PX = 13;
const DOT_PX = 5;
const HIGHLIGHT_PX = 7;

export interface MapPoint {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** The page the dot links to. */
  readonly href: string;
}

export interface MapDot {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  /** Per cent of the map's width and height. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly highlighted: boolean;
  /** The label's offset from the dot in px, and its anchor. */
  readonly label: { readonly dx: number; readonly dy: number; readonly anchor: 'start' | 'middle' | 'end' };
}

export interface LocatorMap {
  readonly width: number;
  readonly height: number;
  /** Each country's outline in the frame, as an SVG path in the drawing's units. */
  readonly countries: readonly { readonly name: string; readonly d: string }[];
  /** The Turkey–Syria border. */
  readonly border: string;
  readonly countryLabels: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  readonly dots: readonly MapDot[];
  /** The places not drawn because they lie outside the frame. */
  readonly outside: readonly MapPoint[];
  /** A scale bar at the foot of the map: its length in per cent of the width, and what it measures. */
  readonly scaleBar: { readonly width: number; readonly label: string };
}

/** The scale bar's length on the ground. */
export const SCALE_BAR_KM = 50;
/** Kilometres in a degree of longitude at the equator (WGS 84). */
const KM_PER_DEGREE = 111.32;

/** The countries whose names the map prints, at a point well inside each within the frame. */
const COUNTRY_LABELS = [
  { text: 'TURKEY', name: 'Turkey', lon: 39.6, lat: 37.3 },
  { text: 'SYRIA', name: 'Syria', lon: 39.9, lat: 35.9 },
  { text: 'IRAQ', name: 'Iraq', lon: 42.1, lat: 35.95 },
] as const;

interface Base {
  readonly width: number;
  readonly height: number;
  readonly project: (lon: number, lat: number) => [number, number] | undefined;
  readonly countries: LocatorMap['countries'];
  readonly border: string;
  /** Drawing units per kilometre in the middle of the frame. */
  readonly unitsPerKm: number;
}

let base: Base | undefined;

/** The projection and the outlines: the same for every map, so computed once. */
function outlines(): Base {
  if (base) return base;
  const { west, east, south, north } = MAP_FRAME;
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  const projection = geoMercator().fitWidth(MAP_WIDTH, corners);
  const height = Math.round(projection([west, south])![1]);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const path = geoPath(projection).digits(1);
  // Read by Node at build time, not bundled: the file is 3.6 MB.
  const topology = createRequire(import.meta.url)('world-atlas/countries-10m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(topology, topology.objects.countries).features;
  // Only the countries with a point in the frame: clipping a far-off island group whose
  // rings d3-geo reads the other way round comes out as the whole rectangle.
  const inFrame = (coordinates: unknown): boolean =>
    Array.isArray(coordinates) && typeof coordinates[0] === 'number'
      ? coordinates[0] >= west && coordinates[0] <= east && coordinates[1] >= south && coordinates[1] <= north
      : Array.isArray(coordinates) && coordinates.some(inFrame);
  const meets = (country: (typeof all)[number]) =>
    country.geometry !== null && 'coordinates' in country.geometry && inFrame(country.geometry.coordinates);
  const countries = all
    .filter(meets)
    .map((country) => ({ name: country.properties.name, d: path(country) ?? '' }))
    .filter((country) => country.d !== '')
    .sort((a, b) => a.name.localeCompare(b.name));
  const pair = new Set(['Syria', 'Turkey']);
  const nameOf = (geometry: { properties?: object | undefined }) =>
    String((geometry.properties as { name?: string } | undefined)?.name);
  const border = path(
    mesh(topology, topology.objects.countries, (a, b) => a !== b && pair.has(nameOf(a)) && pair.has(nameOf(b))),
  );
  const project = (lon: number, lat: number): [number, number] | undefined => {
    if (lon < west || lon > east || lat < south || lat > north) return undefined;
    const [x, y] = projection([lon, lat])!;
    return [x, y];
  };
  // Mercator stretches with latitude: the bar is true in the middle of the frame.
  const mid = (south + north) / 2;
  const unitsPerDegree = projection([west + 1, mid])![0] - projection([west, mid])![0];
  const unitsPerKm = unitsPerDegree / (KM_PER_DEGREE * Math.cos((mid * Math.PI) / 180));
  base = { width: MAP_WIDTH, height, project, countries, border: border ?? '', unitsPerKm };
  return base;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const CANDIDATES = [
  { anchor: 'start', dx: 1, dy: 0 },
  { anchor: 'end', dx: -1, dy: 0 },
  { anchor: 'middle', dx: 0, dy: -1 },
  { anchor: 'middle', dx: 0, dy: 1 },
] as const;

/**
 * Where each label goes: the first of right, left, above and below the dot that stays in
 * the frame and covers no dot and no label placed before, at the narrowest width.
 */
function placeLabels(
  dots: readonly { name: string; px: number; py: number; r: number }[],
  frame: { width: number; height: number },
): MapDot['label'][] {
  const dotBoxes = dots.map((d) => ({ left: d.px - d.r, right: d.px + d.r, top: d.py - d.r, bottom: d.py + d.r }));
  const placed: Box[] = [];
  return dots.map((dot, i) => {
    const w = labelWidth(dot.name, LABEL_PX);
    const gap = dot.r + 3;
    const options = CANDIDATES.map((c) => {
      const dx = c.dx * gap;
      // Baseline offsets: beside the dot the text's middle is level with it.
      const dy = c.dy === 0 ? LABEL_PX * 0.35 : c.dy < 0 ? -gap : gap + LABEL_PX * 0.75;
      const left = dot.px + dx - (c.anchor === 'end' ? w : c.anchor === 'middle' ? w / 2 : 0);
      const box = { left, right: left + w, top: dot.py + dy - LABEL_PX * 0.8, bottom: dot.py + dy + LABEL_PX * 0.25 };
      return { label: { dx: Math.round(dx), dy: Math.round(dy), anchor: c.anchor }, box };
    });
    const fits = (box: Box) =>
      box.left >= 0 &&
      box.right <= frame.width &&
      box.top >= 0 &&
      box.bottom <= frame.height &&
      !dotBoxes.some((other, j) => j !== i && overlaps(box, other)) &&
      !placed.some((other) => overlaps(box, other));
    const chosen = options.find((option) => fits(option.box)) ?? options[0]!;
    placed.push(chosen.box);
    return chosen.label;
  });
}

const percent = (n: number, of: number) => Math.round((n / of) * 10000) / 100;

/** The map with a dot for each point in the frame; `highlight` is the id of the place to stand out. */
export function locatorMap(points: readonly MapPoint[], highlight?: string): LocatorMap {
  const { width, height, project, countries, border, unitsPerKm } = outlines();
  const scale = NARROWEST_PX / width;
  const inFrame = points.flatMap((point) => {
    const xy = project(point.lon, point.lat);
    return xy ? [{ point, x: xy[0], y: xy[1], r: point.id === highlight ? HIGHLIGHT_PX : DOT_PX }] : [];
  });
  const labels = placeLabels(
    inFrame.map((d) => ({ name: d.point.name, px: d.x * scale, py: d.y * scale, r: d.r })),
    { width: NARROWEST_PX, height: height * scale },
  );
  return {
    width,
    height,
    countries,
    border,
    countryLabels: COUNTRY_LABELS.map((label) => {
      const [x, y] = project(label.lon, label.lat)!;
      return { text: label.text, x: percent(x, width), y: percent(y, height) };
    }),
    dots: inFrame.map((d, i) => ({
      id: d.point.id,
      name: d.point.name,
      href: d.point.href,
      x: percent(d.x, width),
      y: percent(d.y, height),
      r: d.r,
      highlighted: d.point.id === highlight,
      label: labels[i]!,
    })),
    outside: points.filter((point) => !project(point.lon, point.lat)),
    scaleBar: { width: percent(SCALE_BAR_KM * unitsPerKm, width), label: `${SCALE_BAR_KM} km` },
  };
}
