/**
 * The geometry of a small chart of one measure's figures, drawn at build time as SVG: an
 * exact figure is a dot, an approximation or range a bar, a lower bound a bar running off
 * the right edge. Pages only place what this computes.
 */
import type { MeasureComparison } from '../model/comparisons.ts';
import { formatNumber } from '../model/comparisons.ts';

export const CHART = { width: 400, left: 8, right: 392, top: 8, rowHeight: 24, axisHeight: 26 } as const;
/**
 * A phone gets its own, narrower drawing rather than the wide one scaled down: at 390 px the
 * wide one's 11-unit labels would be read at under 10 px.
 */
export const NARROW_CHART_WIDTH = 300;

export interface ChartRow {
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  /** An exact figure: drawn as a dot. */
  readonly point: boolean;
  /** A lower bound: the bar runs on past the edge. */
  readonly open: boolean;
  readonly label: string;
  readonly labelX: number;
  readonly labelAnchor: 'start' | 'end';
}

export interface Chart {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly rows: readonly ChartRow[];
  readonly ticks: readonly { x: number; label: string }[];
}

/** A round number at or above `n` whose quarters are round too (1,200 → 300, 600, 900). */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].find((m) => m * power >= n - 1e-9)!;
  return step * power;
}

/** A generous guess at a label's width in the system sans-serif. */
const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

/**
 * `width` in user units (the margins stay as in `CHART`); `fontSize` of the labels, to keep
 * each inside the drawing: beside its bar where there is room, else pulled in over the bar's end.
 */
export function spreadChart(comparison: MeasureComparison, width: number = CHART.width, fontSize = 11): Chart {
  const { scale } = comparison;
  const finite = comparison.figures
    .flatMap((f) => [f.interval.low / scale, f.interval.high / scale])
    .filter(Number.isFinite);
  const max = niceCeiling(Math.max(...finite) * 1.1);
  const right = width - (CHART.width - CHART.right);
  const span = right - CHART.left;
  const x = (value: number) => CHART.left + (Math.min(value, max) / max) * span;
  const rows = comparison.figures.map((f, i): ChartRow => {
    const x1 = x(f.interval.low / scale);
    const x2 = f.interval.high === Infinity ? right : x(f.interval.high / scale);
    const label = `${f.given}${f.converted ? ` (${f.converted})` : ''}`;
    const w = labelWidth(label, fontSize);
    const roomRight = width - (x2 + 8);
    const roomLeft = x1 - 8;
    const labelRight = roomRight >= w || (roomLeft < w && roomRight > roomLeft);
    return {
      y: CHART.top + i * CHART.rowHeight + CHART.rowHeight / 2,
      x1,
      x2,
      point: f.kind === 'exact',
      open: f.interval.high === Infinity,
      label,
      labelX: labelRight ? Math.min(x2 + 8, width - w) : Math.max(x1 - 8, w),
      labelAnchor: labelRight ? 'start' : 'end',
    };
  });
  const axisY = CHART.top + rows.length * CHART.rowHeight + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: CHART.left + t * span, label: formatNumber(t * max) }));
  return { width, height: axisY + CHART.axisHeight, axisY, rows, ticks };
}
