/**
 * The time axis on the index: where every month, phase and event goes, computed at build
 * time for an SVG of a given width. Time is at true proportion (a day is the same width
 * in December as in October), so the quiet months between the first withdrawal and the
 * October pull-out show as the gap they were. Events that would overlap (five on
 * 12 October 2019) are stacked upwards in a column, one column a day where they fit; crowded
 * columns are moved apart sideways, each with a leader line down to its true place.
 */
import type { TimelineEvent } from '../model/timeline.ts';
import { formatMonthAbbrev, monthStarts, periodEnd } from '../content/dates.ts';
import { densestRun, packColumns } from './axis-columns.ts';
import { eventDateLabel } from '../model/labels.ts';

/** The most marks one column holds: the real timeline's October needs 13. */
export const MAX_COLUMN_HEIGHT = 16;

export interface AxisOptions {
  /** The SVG's width in user units (drawn at one unit a CSS pixel). */
  readonly width: number;
  readonly markRadius?: number;
  readonly fontSize?: number;
  /**
   * The narrowest CSS width the drawing is shown at: each mark's hit area is sized to be at
   * least 24 CSS px square there (WCAG 2.5.8). Defaults to `width`.
   */
  readonly minDisplayWidth?: number;
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
  /** The event's true place on the axis: where its column's leader line meets the baseline. */
  readonly x: number;
  /** Where the dot is drawn: its column's centre, moved sideways off `x` on crowded days. */
  readonly dotX: number;
  readonly y: number;
  /** Its place in its column, 0 at the bottom. */
  readonly row: number;
}

export interface AxisLayout {
  readonly width: number;
  readonly height: number;
  readonly baseline: number;
  readonly markRadius: number;
  /** The side of each mark's square hit area, in user units. */
  readonly hitSize: number;
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

  // Hit areas at least 24 CSS px where the drawing is shown narrowest; marks a hit area apart.
  const hitSize = Math.max(Math.ceil((24 * width) / (options.minDisplayWidth ?? width)), 2 * markRadius + 2);
  const byX = events.map((event) => ({ event, x: centre(event) }));
  const days: { x: number; members: number[] }[] = [];
  byX.forEach(({ x }, i) => (days.at(-1)?.x === x ? days.at(-1)!.members.push(i) : days.push({ x, members: [i] })));
  // As tall as the most crowded stretch (all of October on a phone): packColumns then
  // never needs a second column for it, and no column is pushed into the quiet months.
  // Capped, so that a timeline of thousands of events spills sideways instead of upwards.
  const densest = densestRun(
    byX.map((b) => b.x).sort((a, b) => a - b),
    hitSize / 2,
  );
  const columnHeight = Math.min(MAX_COLUMN_HEIGHT, Math.max(3, densest));
  const columns = packColumns(days, hitSize, columnHeight, width);
  const place = new Map(
    columns.flatMap((column) => column.members.map((i, row) => [i, { dotX: column.x, row }] as const)),
  );
  const markRowCount = Math.max(...columns.map((c) => c.members.length));
  /** Room under the columns for the leader lines of those moved sideways. */
  const leaderRoom = Math.round(hitSize / 2);

  const marksTop = labelRowCount * lineHeight + 6;
  const baseline = marksTop + markRowCount * hitSize + leaderRoom;
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
    hitSize,
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
    marks: byX.map(({ event, x }, i) => {
      const { dotX, row } = place.get(i)!;
      return {
        id: event.id,
        label: `${eventDateLabel(event)}: ${event.title}`,
        phase: event.phase.id,
        x,
        dotX,
        y: baseline - leaderRoom - hitSize / 2 - row * hitSize,
        row,
      };
    }),
  };
}
