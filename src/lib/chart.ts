/**
 * The geometry of a small chart of one measure's figures, drawn at build time as SVG: an
 * exact figure is a dot, an approximation or range a bar, a lower bound a bar running off
 * the right edge. Pages only place what this computes.
 */
import type { MeasureComparison } from './comparisons.ts';
import { formatNumber } from './comparisons.ts';

export const CHART = { width: 400, left: 8, right: 392, top: 8, rowHeight: 24, axisHeight: 26 } as const;

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

export function spreadChart(comparison: MeasureComparison): Chart {
  const { scale } = comparison;
  const finite = comparison.figures.flatMap((f) => [f.interval.low / scale, f.interval.high / scale]).filter(Number.isFinite);
  const max = niceCeiling(Math.max(...finite) * 1.1);
  const span = CHART.right - CHART.left;
  const x = (value: number) => CHART.left + (Math.min(value, max) / max) * span;
  const rows = comparison.figures.map((f, i): ChartRow => {
    const x1 = x(f.interval.low / scale);
    const x2 = f.interval.high === Infinity ? CHART.right : x(f.interval.high / scale);
    const right = x2 < CHART.left + span * 0.6;
    return {
      y: CHART.top + i * CHART.rowHeight + CHART.rowHeight / 2,
      x1,
      x2,
      point: f.kind === 'exact',
      open: f.interval.high === Infinity,
      label: `${f.given}${f.converted ? ` (${f.converted})` : ''}`,
      labelX: right ? x2 + 8 : x1 - 8,
      labelAnchor: right ? 'start' : 'end',
    };
  });
  const axisY = CHART.top + rows.length * CHART.rowHeight + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: CHART.left + t * span, label: formatNumber(t * max) }));
  return { height: axisY + CHART.axisHeight, axisY, rows, ticks };
}
