/**
 * The geometry of a small chart of one measure's figures, drawn at build time as SVG: an
 * exact figure is a dot, an approximation or range a bar, a lower bound a bar running off
 * the right edge. Each bar has its own label line above it, saying the figure and whose it
 * is (speaker and publisher), so that no label is drawn over a bar, a tick or a gridline:
 * gridlines are drawn only across the bars' bands. Pages only place what this computes.
 */
import type { MeasureComparison } from '../model/comparisons.ts';
import { formatNumber } from '../model/comparisons.ts';
import { speakerLabel } from '../model/labels.ts';

export const CHART = { width: 400, left: 8, right: 392, top: 4, band: 8, gap: 10, axisGap: 6 } as const;
/**
 * A phone gets its own, narrower drawing rather than the wide one scaled down: at 390 px the
 * wide one's 11-unit labels would be read at under 10 px.
 */
export const NARROW_CHART_WIDTH = 300;

export interface ChartLine {
  readonly text: string;
  /** The baseline. */
  readonly y: number;
}

export interface ChartRow {
  /** The middle of the bar's band. */
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  /** An exact figure: drawn as a dot. */
  readonly point: boolean;
  /** A lower bound: the bar runs on past the edge. */
  readonly open: boolean;
  /** The whole label: "950 · The Kurdish-led administration … · Metro (UK)". */
  readonly label: string;
  /** The label wrapped to the drawing's width, each line on its own baseline above the bar. */
  readonly lines: readonly ChartLine[];
  readonly labelX: number;
}

export interface ChartTick {
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface Chart {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly axisY: number;
  readonly rows: readonly ChartRow[];
  readonly ticks: readonly ChartTick[];
  /** The gridlines, as one SVG path: a short segment per tick across each bar's band only. */
  readonly grid: string;
  /** Whether any figure is drawn as a bar (not all exact figures): the legend is only for those. */
  readonly hasBars: boolean;
}

/** A round number at or above `n` whose quarters are round too (1,200 → 300, 600, 900). */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10].find((m) => m * power >= n - 1e-9)!;
  return step * power;
}

/** A generous guess at a label's width in the system sans-serif. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

/** Greedy word wrap by the estimate above; a word longer than the line stands alone. */
export function wrapLabel(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidth(`${last} ${word}`, fontSize) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Where a tick's label reaches, given its anchor. */
function tickSpan(tick: ChartTick, fontSize: number): [number, number] {
  const w = labelWidth(tick.label, fontSize);
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}

/** The most ticks (quarters, halves, or the ends) whose labels keep a clear gap between them. */
function chooseTicks(max: number, left: number, right: number, fontSize: number): ChartTick[] {
  for (const parts of [4, 2, 1]) {
    const ticks = Array.from({ length: parts + 1 }, (_, i): ChartTick => {
      const t = i / parts;
      return {
        x: left + t * (right - left),
        label: formatNumber(t * max),
        anchor: i === 0 ? 'start' : i === parts ? 'end' : 'middle',
      };
    });
    const spans = ticks.map((tick) => tickSpan(tick, fontSize));
    if (spans.every((span, i) => i === 0 || span[0] - spans[i - 1]![1] >= fontSize)) return ticks;
  }
  throw new Error('unreachable: two ticks at the ends always fit');
}

/** Who gave a figure, in words for its label: "attributed to SOHR · BBC News", "the article itself, reportedly · …". */
export function figureSource(figure: MeasureComparison['figures'][number]): string {
  const who = speakerLabel(figure.speaker);
  return `${figure.hedge ? `${who}, ${figure.hedge}` : who} · ${figure.claim.article.publisher}`;
}

/**
 * `width` in user units (the margins stay as in `CHART`); `fontSize` of the labels, to wrap
 * each within the drawing.
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
  const lineHeight = Math.round(fontSize * 1.3 * 10) / 10;
  let top = CHART.top;
  const rows = comparison.figures.map((f): ChartRow => {
    const x1 = x(f.interval.low / scale);
    const x2 = f.interval.high === Infinity ? right : x(f.interval.high / scale);
    const label = `${f.given}${f.converted ? ` (${f.converted})` : ''} · ${figureSource(f)}`;
    const lines = wrapLabel(label, fontSize, width - CHART.left).map((text, i) => ({
      text,
      y: top + (i + 1) * lineHeight - fontSize * 0.25,
    }));
    const y = top + lines.length * lineHeight + 4 + CHART.band;
    top = y + CHART.band + CHART.gap;
    return {
      y,
      x1,
      x2,
      point: f.kind === 'exact',
      open: f.interval.high === Infinity,
      label,
      lines,
      labelX: CHART.left,
    };
  });
  const axisY = top - CHART.gap + CHART.axisGap;
  const ticks = chooseTicks(max, CHART.left, right, fontSize);
  const grid = rows
    .flatMap((row) => ticks.map((tick) => `M${tick.x} ${row.y - CHART.band}V${row.y + CHART.band}`))
    .concat(
      ticks.map((tick) => `M${tick.x} ${axisY}v4`),
      [`M${CHART.left} ${axisY}H${right}`],
    )
    .join('');
  return {
    width,
    height: axisY + 8 + fontSize * 1.2,
    fontSize,
    axisY,
    rows,
    ticks,
    grid,
    hasBars: rows.some((row) => !row.point),
  };
}
