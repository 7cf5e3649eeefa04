/**
 * Claims across sources, figure by figure: every figure given for a measure, who gave it,
 * where and as of when, and whether the sources agree. The `/claims/` page, the event
 * pages, the timeline's disagreement markers and the data exports all read this model.
 */
import type { Certainty, FigureValue, Unit } from '../content/schema.ts';
import type { ClaimInContext, EventRef } from './timeline.ts';
import type { Speaker } from '../content/people.ts';
import { comparePartialDates, toPartialDate, type PartialDate } from '../content/dates.ts';
import {
  compareFigures,
  figureInterval,
  statedNumbers,
  valueKind,
  type Interval,
  type ValueKind,
  type Verdict,
} from './figures.ts';
import { isConverted, roundConverted, toBase, unitInfo } from '../content/units.ts';
import { measureLabel } from './measures.ts';
import { asOfLabel, verdictSummary } from './labels.ts';

/** An event as its figures need it: its day, how sure that day is, and where it comes from. */
export interface FigureEvent extends EventRef {
  readonly dateCertainty?: Certainty;
  readonly dateFrom?: 'articles' | 'outside' | 'none';
}

export interface FigureRow {
  readonly claim: ClaimInContext;
  readonly speaker: Speaker;
  readonly event: FigureEvent;
  readonly given: string;
  readonly value: FigureValue;
  readonly kind: ValueKind;
  readonly unit: Unit;
  /** The day the figure is as of: its own `asOf`, or else its event's date. */
  readonly asOf: PartialDate;
  readonly asOfStated: boolean;
  /** Probable where it is an event's probable day, or an article's probable date repeated. */
  readonly asOfCertainty: Certainty;
  /** Whether the day is an event's, dated from outside the articles. */
  readonly asOfOutside: boolean;
  /** The quote's own hedge on the figure ("reportedly"), shown with it. */
  readonly hedge: string | undefined;
  /** The figure in the measure's base unit, for comparison and the chart. */
  readonly interval: Interval;
  /** "about 32 km", where the figure was given in another unit. */
  readonly converted: string | undefined;
}

export interface MeasureComparison {
  readonly measure: string;
  readonly label: string;
  /** The unit the figures are compared and charted in: their own, or the base if they mix. */
  readonly baseUnit: string;
  /** How many base units one `baseUnit` is (1, or e.g. 365.25 days for years). */
  readonly scale: number;
  /** Oldest first; on one day, smallest first. */
  readonly figures: readonly FigureRow[];
  readonly verdict: Verdict;
  /** One line a reader can take in at once: "Sources disagree: 100 to 950 people". */
  readonly summary: string;
  /** The span of the figures alone: "100 to 950 people". */
  readonly range: string;
}

export interface ComparisonInput {
  readonly claims: readonly ClaimInContext[];
  readonly events: readonly FigureEvent[];
  readonly speakerOf: (claim: ClaimInContext) => Speaker;
}

export function figureRows(input: ComparisonInput): FigureRow[] {
  const eventById = new Map(input.events.map((event) => [event.id, event]));
  return input.claims.flatMap((claim): FigureRow[] => {
    const figure = claim.figure;
    const event = eventById.get(claim.event);
    if (!figure || !event) return [];
    const base = unitInfo(figure.unit).base;
    const stated = statedNumbers(figure);
    const asOf = figure.asOf ? toPartialDate(figure.asOf) : event.date;
    return [
      {
        claim,
        speaker: input.speakerOf(claim),
        event,
        given: figure.given,
        value: figure.value,
        kind: valueKind(figure.value),
        unit: figure.unit,
        asOf,
        asOfStated: figure.asOf !== undefined,
        asOfCertainty: figure.asOf ? statedCertainty(asOf, claim.article) : (event.dateCertainty ?? 'known'),
        asOfOutside: !figure.asOf && event.dateFrom === 'outside',
        hedge: hedgeOf(claim.quote),
        interval: figureInterval(figure),
        converted:
          isConverted(figure.unit) && stated.length > 0
            ? `about ${stated.map((n) => formatNumber(roundConverted(n))).join(' to ')} ${base}`
            : undefined,
      },
    ];
  });
}

const HEDGES = /\b(reportedly|allegedly|reported to|believed to|thought to|said to|estimated)\b/i;

/** The word by which a quote declines to vouch for its figure: "have reportedly been killed". */
export function hedgeOf(quote: string): string | undefined {
  return HEDGES.exec(quote)?.[1]?.toLowerCase();
}

/** A stated day is as sure as the article's date, where it is that date: the BBC's probable 13 October. */
function statedCertainty(asOf: PartialDate, article: ClaimInContext['article']): Certainty {
  return article.publishedCertainty === 'probable' && asOf.iso === article.published.iso ? 'probable' : 'known';
}

/** Every measure with its figures, in the order of the first figure's date. */
export function compareMeasures(input: ComparisonInput): MeasureComparison[] {
  return measuresOf(figureRows(input));
}

function measuresOf(rows: readonly FigureRow[]): MeasureComparison[] {
  const byMeasure = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const measure = row.claim.figure!.measure;
    const list = byMeasure.get(measure);
    if (list) list.push(row);
    else byMeasure.set(measure, [row]);
  }
  return [...byMeasure]
    .map(([measure, rows]) => comparison(measure, rows))
    .sort((a, b) => comparePartialDates(a.figures[0]!.asOf, b.figures[0]!.asOf) || a.measure.localeCompare(b.measure));
}

function comparison(measure: string, rows: FigureRow[]): MeasureComparison {
  const figures = [...rows].sort((a, b) => comparePartialDates(a.asOf, b.asOf) || a.interval.low - b.interval.low);
  const verdict = compareFigures(figures.map((f) => ({ value: f.value, unit: f.unit, asOf: f.asOf.iso })));
  const units = new Set(figures.map((f) => f.unit));
  // One unit throughout: compare in it, and show no conversion ("five years", not days).
  const single = units.size === 1 ? figures[0]!.unit : undefined;
  const baseUnit = single ?? unitInfo(figures[0]!.unit).base;
  const scale = single ? toBase(1, single) : 1;
  const shown = single ? figures.map((f) => ({ ...f, converted: undefined })) : figures;
  return {
    measure,
    label: measureLabel(measure),
    baseUnit,
    scale,
    figures: shown,
    verdict,
    summary: summarize(verdict, shown, baseUnit, scale),
    range: span(shown, baseUnit, scale),
  };
}

/** "950 people", but "20-mile" and "some 30km": the unit once, as the source put it. */
/** Words that already name a unit of time or length: "a week" is not "a week days". */
const NAMES_ITS_UNIT = /\b(hours?|days?|weeks?|months?|years?|miles?|km)\b/i;

export function figureText(given: string, unit: string): string {
  const stem = unit.replace(/s$/, '').toLowerCase();
  if (given.toLowerCase().includes(stem) || NAMES_ITS_UNIT.test(given)) return given;
  return /(dozens|hundreds|thousands|millions)$/i.test(given) ? `${given} of ${unit}` : `${given} ${unit}`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 1 });
}

/** The span of the numbers the sources stated, in one unit: "100 to 950 people". */
function span(figures: readonly FigureRow[], unit: string, scale: number): string {
  const numbers = figures.flatMap((f) => statedNumbers(f.claim.figure!)).map((n) => n / scale);
  if (numbers.length === 0) return figures.map((f) => f.given).join(', ');
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const show = (n: number) => formatNumber(scale === 1 && !Number.isInteger(n) ? roundConverted(n) : n);
  return low === high ? `${show(low)} ${unit}` : `${show(low)} to ${show(high)} ${unit}`;
}

function summarize(verdict: Verdict, figures: readonly FigureRow[], unit: string, scale: number): string {
  return verdictSummary(verdict, span(figures, unit, scale), {
    single: figureText(figures[0]!.given, figures[0]!.unit),
    from: asOfLabel(figures[0]!),
    to: asOfLabel(figures.at(-1)!),
  });
}

/** Whether a verdict is one a reader should be warned of. */
export function isDisagreement(verdict: Verdict): boolean {
  return verdict === 'disagree';
}

/** The measures about one event, compared with the figures about that event only. */
export function eventComparisons(input: ComparisonInput, eventId: string): MeasureComparison[] {
  return compareMeasures({ ...input, claims: input.claims.filter((claim) => claim.event === eventId) });
}

/**
 * `eventComparisons` for every event at once, from one pass over the figures: by event id,
 * and only for events with a figure (the others have no measures).
 */
export function comparisonsByEvent(input: ComparisonInput): Map<string, MeasureComparison[]> {
  const byEvent = new Map<string, FigureRow[]>();
  for (const row of figureRows(input)) {
    const list = byEvent.get(row.event.id);
    if (list) list.push(row);
    else byEvent.set(row.event.id, [row]);
  }
  return new Map([...byEvent].map(([id, rows]) => [id, measuresOf(rows)]));
}

/** At a glance: the measures about an event whose sources disagree (none: they do not). */
export function disputedMeasures(comparisons: readonly MeasureComparison[]): MeasureComparison[] {
  return comparisons.filter((c) => isDisagreement(c.verdict));
}
