/**
 * The time axis on the index: where every month, phase and event goes, computed at build
 * time for an SVG of a given width. Time is at true proportion (a day is the same width
 * in December as in October), so the quiet months between the first withdrawal and the
 * October pull-out show as the gap they were. Events that would overlap (five on
 * 12 October 2019) are stacked upwards instead of drawn on top of each other.
 */
import type { TimelineEvent } from './timeline.ts';
import { formatLong, formatMonthAbbrev, monthStarts, periodEnd } from './dates.ts';

export interface AxisOptions {
  /** The SVG's width in user units (drawn at one unit a CSS pixel). */
  readonly width: number;
  readonly markRadius?: number;
  readonly fontSize?: number;
}

export interface AxisMonth {
  readonly x: number;
  readonly width: number;
  readonly label: string;
  /** Whether a new year starts with this month (and it is not the first on the axis). */
  readonly newYear: boolean;
}

export interface AxisYear {
  /** The middle of the year's stretch of the axis, where its label goes. */
  readonly x: number;
  readonly label: string;
}

export interface AxisPhase {
  readonly id: string;
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly labelX: number;
  readonly labelY: number;
  /** Top of the shaded band: the phase's label row. */
  readonly top: number;
}

export interface AxisMark {
  readonly id: string;
  /** "Sunday 13 October 2019: IS relatives escape the Ain Issa camp", for screen readers and tooltips. */
  readonly label: string;
  readonly phase: string;
  readonly x: number;
  readonly y: number;
  readonly row: number;
}

export interface AxisLayout {
  readonly width: number;
  readonly height: number;
  readonly baseline: number;
  readonly markRadius: number;
  readonly fontSize: number;
  readonly months: readonly AxisMonth[];
  readonly years: readonly AxisYear[];
  readonly monthLabelY: number;
  readonly yearLabelY: number;
  readonly phases: readonly AxisPhase[];
  readonly marks: readonly AxisMark[];
}

/** A rough width of a label in the system sans-serif; generous, so that labels never collide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/**
 * Puts each interval in the lowest row where it does not touch one already there.
 * Intervals are taken in the order given; returns the row of each.
 */
export function stackIntervals(intervals: readonly { start: number; end: number }[]): number[] {
  const rows: { start: number; end: number }[][] = [];
  return intervals.map((interval) => {
    let row = rows.findIndex((placed) => placed.every((p) => interval.end <= p.start || interval.start >= p.end));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(interval);
    return row;
  });
}

export function layoutAxis(events: readonly TimelineEvent[], options: AxisOptions): AxisLayout {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) throw new Error('The time axis needs at least one event');
  const { width } = options;
  const markRadius = options.markRadius ?? 6;
  const fontSize = options.fontSize ?? 13;
  const lineHeight = Math.round(fontSize * 1.5);
  const inset = markRadius + 2;

  const months = monthStarts(first.date.start, last.date.start);
  const from = months[0]!.getTime();
  const to = periodEnd({ iso: '', precision: 'month', start: months.at(-1)! }).getTime();
  const xOf = (time: number) => inset + ((time - from) / (to - from)) * (width - 2 * inset);
  /** An event sits in the middle of its period: noon for a day, mid-month for a month. */
  const centre = (event: TimelineEvent) => xOf((event.date.start.getTime() + periodEnd(event.date).getTime()) / 2);

  // Phase labels first: their rows decide how far down the marks start.
  const phaseIds = [...new Set(events.map((e) => e.phase.id))];
  const bands = phaseIds.map((id) => {
    const members = events.filter((e) => e.phase.id === id);
    const phase = members[0]!.phase;
    const x = xOf(members[0]!.date.start.getTime());
    const end = xOf(periodEnd(members.at(-1)!.date).getTime());
    const labelWidth = estimateTextWidth(phase.title, fontSize);
    const labelX = Math.max(0, Math.min(x, width - labelWidth));
    return { id, title: phase.title, x, width: Math.max(end - x, 3), labelX, labelWidth };
  });
  const labelRows = stackIntervals(bands.map((b) => ({ start: b.labelX, end: b.labelX + b.labelWidth + fontSize })));
  const labelRowCount = Math.max(0, ...labelRows.map((r) => r + 1));

  const spacing = 2 * markRadius + 2;
  const byX = events.map((event) => ({ event, x: centre(event) }));
  const markRows = stackIntervals(byX.map(({ x }) => ({ start: x - spacing / 2, end: x + spacing / 2 })));
  const markRowCount = Math.max(...markRows.map((r) => r + 1));

  const marksTop = labelRowCount * lineHeight + 6;
  const baseline = marksTop + markRowCount * spacing + 6;
  const monthLabelY = baseline + fontSize + 6;
  const yearLabelY = monthLabelY + lineHeight;

  const monthViews = months.map((start, i): AxisMonth => {
    const x = xOf(start.getTime());
    const next = months[i + 1]?.getTime() ?? to;
    return { x, width: xOf(next) - x, label: formatMonthAbbrev(start), newYear: i > 0 && start.getUTCMonth() === 0 };
  });
  const yearsShown = [...new Set(months.map((m) => m.getUTCFullYear()))];
  return {
    width,
    height: yearLabelY + 6,
    baseline,
    markRadius,
    fontSize,
    monthLabelY,
    yearLabelY,
    months: monthViews,
    years: yearsShown.map((year) => {
      const own = monthViews.filter((_, i) => months[i]!.getUTCFullYear() === year);
      const from = own[0]!.x;
      const to = own.at(-1)!.x + own.at(-1)!.width;
      return { x: (from + to) / 2, label: String(year) };
    }),
    phases: bands.map((band, i) => ({
      id: band.id,
      title: band.title,
      x: band.x,
      width: band.width,
      labelX: band.labelX,
      labelY: (labelRows[i]! + 1) * lineHeight - lineHeight * 0.3,
      top: labelRows[i]! * lineHeight + lineHeight * 0.85,
    })),
    marks: byX.map(({ event, x }, i) => ({
      id: event.id,
      label: `${formatLong(event.date)}: ${event.title}`,
      phase: event.phase.id,
      x,
      y: baseline - 6 - markRadius - markRows[i]! * spacing,
      row: markRows[i]!,
    })),
  };
}
