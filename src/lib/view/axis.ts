/**
 * The time axis on the index, computed at build time as positions in per cent of its width,
 * so that one drawing holds at every screen width and its text is set in CSS pixels, never
 * shrunk with a picture.
 *
 * Two scales. The overview runs from the first month to the last at true proportion (a day
 * is as wide in the quiet months as in October), with each phase shaded exactly from the
 * start of its first event's day to the end of its last. Below it, each phase is drawn
 * again day by day: one row per event, its dot over its own day and its title beside it, so
 * that the thirteen events of October 2019 can be told apart and read without hovering.
 * @see https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum (a row is the target)
 */
import type { TimelineEvent } from '../model/timeline.ts';
import {
  addDaysTo,
  formatDayLabel,
  formatLong,
  formatMonthAbbrev,
  formatSpan,
  monthStarts,
  periodEnd,
} from '../content/dates.ts';
import { eventDateLabel, spanCertaintyNote } from '../model/labels.ts';
import { anchors } from '../site/urls.ts';

/**
 * Above this many events the phases are not drawn again one row per event: the list below
 * the axis holds them all, and a drawing as long as the list would only repeat it.
 */
export const MAX_INSET_MARKS = 60;

/**
 * The narrowest an inset is drawn (CSS px): one column on a 320 px phone, or a third of the
 * widest layout. Day labels and event titles are fitted to it, so they hold at every width.
 */
export const INSET_MIN_WIDTH = 272;
/**
 * From 40rem up the insets stand two abreast, and a crowded one (more than CROWDED marks)
 * takes the whole row, at least this wide: its titles are fitted again to it.
 */
export const FULL_INSET_MIN_WIDTH = 589;
export const CROWDED = 6;
/** The widths (CSS px) from which an inset's titles are fitted again: a phone's up to the widest layout. */
export const INSET_WIDTHS = Array.from({ length: 16 }, (_, i) => INSET_MIN_WIDTH + 48 * i);
/** Text sizes on the axis, in CSS px (WCAG: nothing under 12 px). */
export const DAY_FONT = 12;
export const TITLE_FONT = 13;
/** Room between a dot's centre and its title, in CSS px. */
export const LABEL_OFFSET = 10;

/** A rough width of text in the system sans-serif; generous, so that a fitted title never runs out. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** The fewest words a cut title keeps: one word ("Kurdish…") does not tell an event. */
export const MIN_WORDS = 2;

/** The title as much of it as fits in `room` px: whole words, then "…"; never under MIN_WORDS. */
export function fitText(text: string, room: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= room) return text;
  const words = text.split(' ');
  let fitted = '';
  for (const [i, word] of words.entries()) {
    const next = fitted ? `${fitted} ${word}` : word;
    if (i >= MIN_WORDS && estimateTextWidth(`${next}…`, fontSize) > room) break;
    fitted = next;
  }
  if (fitted === text) return text;
  return `${fitted.replace(/[,:;–—-]$/, '')}…`;
}

/** A stretch of an axis, in per cent of its width. */
export interface Stretch {
  readonly x: number;
  readonly width: number;
}

export interface AxisMonth extends Stretch {
  readonly label: string;
  /** Whether a new year starts with this month (and it is not the first on the axis). */
  readonly newYear: boolean;
}

export interface AxisYear extends Stretch {
  readonly label: string;
}

export interface OverviewBand extends Stretch {
  readonly id: string;
  readonly title: string;
  /** Where each day with an event falls, per cent of the overview. */
  readonly days: readonly number[];
}

export interface InsetDay extends Stretch {
  /** "12", or "6 Oct" where a month starts or the scale begins; none where labels would crowd. */
  readonly label: string | undefined;
  readonly hasEvent: boolean;
}

export interface AxisMark {
  readonly id: string;
  /** `#2019-10-13-ain-issa-camp-escape`: its entry in the list below. */
  readonly href: string;
  /** "Sunday 13 October 2019: IS relatives escape the Ain Issa camp": its accessible name. */
  readonly label: string;
  readonly title: string;
  /** The title as it fits beside the dot at the inset's narrowest (a phone); `title` when it all fits. */
  readonly shortTitle: string;
  /** The same from 40rem up, where a crowded inset has a whole row. */
  readonly wideTitle: string;
  /**
   * The title as it fits at each width an inset may have, widest first kept whole: from
   * `from` px up to the next one's `from`. The page shows the one its inset's width calls
   * for (a CSS container query), so a title is cut only where its row has no room.
   */
  readonly fits: readonly { readonly from: number; readonly text: string }[];
  /** The event's period on the inset's scale: one day, or a whole month where only that is known. */
  readonly period: Stretch;
  /** The middle of the period, where the dot is drawn. */
  readonly x: number;
  /** Whether the date is a whole day (else the period is drawn as a bar: a month, a year). */
  readonly exactDay: boolean;
  /** Which side of the dot the title goes: after it in the left half of the scale, before it in the right. */
  readonly side: 'after' | 'before';
}

export interface AxisInset {
  readonly id: string;
  readonly title: string;
  /** "15–20 December 2018": the stretch of days the inset magnifies. */
  readonly span: string;
  /** Its own scale, since each inset spans its own days: "8 days across". */
  readonly scale: string;
  readonly days: readonly InsetDay[];
  readonly marks: readonly AxisMark[];
  /** More than CROWDED marks: from 40rem up it takes a whole row. */
  readonly crowded: boolean;
}

/** Months in a row with no event: no article in the collection covers them, and the axis says so. */
export interface AxisGap extends Stretch {
  /** "February to September 2019". */
  readonly span: string;
}

/** The fewest empty months in a row that the axis names as a gap: one quiet month is no gap. */
export const GAP_MONTHS = 2;

export interface AxisLayout {
  /** "December 2018 to October 2019". */
  readonly span: string;
  /** Where the axis runs through months no article covers. */
  readonly gaps: readonly AxisGap[];
  readonly months: readonly AxisMonth[];
  readonly years: readonly AxisYear[];
  readonly bands: readonly OverviewBand[];
  /** One per phase, in timeline order; none for a timeline of more than MAX_INSET_MARKS events. */
  readonly insets: readonly AxisInset[];
}

const DAY = 86_400_000;

/** A linear scale from [from, to) onto 0–100. */
function scale(from: number, to: number) {
  const at = (time: number) => ((time - from) / (to - from)) * 100;
  return {
    at,
    stretch: (start: number, end: number): Stretch => ({ x: at(start), width: at(end) - at(start) }),
  };
}

export function layoutAxis(events: readonly TimelineEvent[]): AxisLayout {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) throw new Error('The time axis needs at least one event');

  const months = monthStarts(first.date.start, last.date.start);
  const end = periodEnd({ iso: '', precision: 'month', start: months.at(-1)! }).getTime();
  const overview = scale(months[0]!.getTime(), end);
  const monthViews = months.map((start, i): AxisMonth => ({
    ...overview.stretch(start.getTime(), months[i + 1]?.getTime() ?? end),
    label: formatMonthAbbrev(start),
    newYear: i > 0 && start.getUTCMonth() === 0,
  }));
  const years = [...new Set(months.map((m) => m.getUTCFullYear()))].map((year): AxisYear => {
    const own = monthViews.filter((_, i) => months[i]!.getUTCFullYear() === year);
    return { x: own[0]!.x, width: own.reduce((sum, m) => sum + m.width, 0), label: String(year) };
  });

  const phases = phasesOf(events);
  const bands = phases.map((members): OverviewBand => ({
    id: members[0]!.phase.id,
    title: members[0]!.phase.title,
    ...overview.stretch(members[0]!.date.start.getTime(), periodEnd(members.at(-1)!.date).getTime()),
    days: [...new Set(members.map((e) => middle(e)))].map(overview.at),
  }));

  return {
    span: `${formatLong({ ...first.date, precision: 'month' })} to ${formatLong({ ...last.date, precision: 'month' })}`,
    gaps: gapsOf(months, end, events).map(([from, to]) => ({
      ...overview.stretch(months[from]!.getTime(), months[to + 1]?.getTime() ?? end),
      span: monthSpan(months[from]!, months[to]!),
    })),
    months: monthViews,
    years,
    bands,
    insets: events.length > MAX_INSET_MARKS ? [] : phases.map(layoutInset),
  };
}

/** Runs of at least GAP_MONTHS months (first and last index) that no event's period touches. */
function gapsOf(months: readonly Date[], end: number, events: readonly TimelineEvent[]): [number, number][] {
  const empty = months.map((start, i) => {
    const from = start.getTime();
    const to = months[i + 1]?.getTime() ?? end;
    return !events.some((e) => e.date.start.getTime() < to && periodEnd(e.date).getTime() > from);
  });
  const runs: [number, number][] = [];
  empty.forEach((isEmpty, i) => {
    if (!isEmpty) return;
    const run = runs.at(-1);
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  });
  return runs.filter(([from, to]) => to - from + 1 >= GAP_MONTHS);
}

/** "February to September 2019", "November 2018 to March 2019". */
function monthSpan(from: Date, to: Date): string {
  const long = (d: Date) => formatLong({ iso: '', precision: 'month', start: d });
  return from.getUTCFullYear() === to.getUTCFullYear()
    ? `${long(from).replace(/ \d+$/, '')} to ${long(to)}`
    : `${long(from)} to ${long(to)}`;
}

/** The events of each phase, in timeline order, phases in the order of their first events. */
function phasesOf(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const byPhase = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const members = byPhase.get(event.phase.id);
    if (members) members.push(event);
    else byPhase.set(event.phase.id, [event]);
  }
  return [...byPhase.values()];
}

const middle = (event: TimelineEvent) => (event.date.start.getTime() + periodEnd(event.date).getTime()) / 2;

/**
 * A phase day by day, with a day of margin either side so that no dot sits on the edge.
 * The days are those of its events known to the day; an event known only to the month or
 * the year is drawn as a bar across the days of its period that the inset shows (clamped
 * to its edges), never past them: its period is wider than the phase's days.
 */
function layoutInset(members: readonly TimelineEvent[]): AxisInset {
  const byDay = members.filter((event) => event.date.precision === 'day');
  const dated = byDay.length > 0 ? byDay : members;
  const first = dated.reduce((a, b) => (b.date.start < a.date.start ? b : a));
  const last = dated.reduce((a, b) => (periodEnd(b.date) > periodEnd(a.date) ? b : a));
  const starts = dated.map((event) => event.date.start.getTime());
  const ends = dated.map((event) => periodEnd(event.date).getTime());
  const from = addDaysTo(new Date(Math.min(...starts)), -1);
  const to = addDaysTo(new Date(Math.max(...ends)), 1);
  const scaled = scale(from.getTime(), to.getTime());
  const clamp = (time: number) => Math.min(Math.max(time, from.getTime()), to.getTime());
  const inset = {
    at: (time: number) => scaled.at(clamp(time)),
    stretch: (start: number, end: number) => scaled.stretch(clamp(start), clamp(end)),
  };
  const eventDays = new Set(members.map((e) => e.date.start.getTime()));
  const crowded = members.length > CROWDED;

  const days: InsetDay[] = [];
  let lastLabelled: { x: number; halfWidth: number; month: number } | undefined;
  for (let day = from; day < to; day = addDaysTo(day, 1)) {
    const time = day.getTime();
    const stretch = inset.stretch(time, time + DAY);
    const hasEvent = eventDays.has(time);
    const centre = stretch.x + stretch.width / 2;
    const text = formatDayLabel(day, lastLabelled?.month !== day.getUTCMonth());
    // Per cent of the narrowest inset: half of each label and 2 px between them.
    const halfWidth = (estimateTextWidth(text, DAY_FONT) / 2 / INSET_MIN_WIDTH) * 100;
    const gap = lastLabelled ? lastLabelled.halfWidth + halfWidth + (2 / INSET_MIN_WIDTH) * 100 : 0;
    const label = hasEvent && (!lastLabelled || centre - lastLabelled.x >= gap) ? text : undefined;
    if (label) lastLabelled = { x: centre, halfWidth, month: day.getUTCMonth() };
    days.push({ ...stretch, label, hasEvent });
  }

  return {
    id: first.phase.id,
    title: first.phase.title,
    span: `${formatSpan(first.date, last.date)}${spanCertaintyNote(first, last)}`,
    scale: `${days.length} days across`,
    days,
    crowded,
    marks: members.map((event): AxisMark => {
      const period = inset.stretch(event.date.start.getTime(), periodEnd(event.date).getTime());
      const x = event.date.precision === 'day' ? inset.at(middle(event)) : period.x + period.width / 2;
      const side = x <= 50 ? 'after' : 'before';
      const room = (width: number) => ((side === 'after' ? 100 - x : x) / 100) * width - LABEL_OFFSET - 2;
      return {
        id: event.id,
        href: `#${anchors.entry(event.id)}`,
        label: `${eventDateLabel(event)}: ${event.title}`,
        title: event.title,
        shortTitle: fitText(event.title, room(INSET_MIN_WIDTH), TITLE_FONT),
        wideTitle: fitText(event.title, room(crowded ? FULL_INSET_MIN_WIDTH : INSET_MIN_WIDTH), TITLE_FONT),
        fits: INSET_WIDTHS.map((from) => ({ from, text: fitText(event.title, room(from), TITLE_FONT) })).filter(
          (fit, i, all) => i === 0 || fit.text !== all[i - 1]!.text,
        ),
        period,
        x,
        exactDay: event.date.precision === 'day',
        side,
      };
    }),
  };
}
