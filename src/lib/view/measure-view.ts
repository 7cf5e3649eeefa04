/**
 * One measure as a page or a section shows it: its verdict, its chart, and a row per figure
 * with who gave it, where and as of when, every link already built. The `/claims/` page, each
 * measure's own page and the event pages render this; components only read it.
 */
import type { PartialDate } from '../content/dates.ts';
import type { Certainty } from '../content/schema.ts';
import { formatShort } from '../content/dates.ts';
import type { Verdict } from '../model/figures.ts';
import { figureText, type FigureRow, type MeasureComparison } from '../model/comparisons.ts';
import { VERDICT_LABELS, withCertainty } from '../model/labels.ts';
import type { Links } from '../site/urls.ts';
import { NARROW_CHART_WIDTH, spreadChart, type Chart } from './chart.ts';

/** The narrow chart's label size, as claims.css sets it. */
export const NARROW_CHART_FONT = 12.5;

export interface FigureRowView {
  readonly claimId: string;
  /** "950 people", "some 30km". */
  readonly figure: string;
  /** "reportedly", where the quote says it of the figure. */
  readonly hedge: string | undefined;
  /** The claim in its event's page. */
  readonly claimHref: string;
  /** "about 32 km", where the figure was given in another unit. */
  readonly converted: string | undefined;
  readonly who: {
    readonly name: string;
    readonly href: string;
    /** The form the article used, where it is not the name itself. */
    readonly as: string | undefined;
    readonly inferred: boolean;
  };
  readonly article: {
    readonly publisher: string;
    /** The quoted passage in the article. */
    readonly href: string;
    /** "13 Oct 2019", "probably 20 Oct 2019". */
    readonly date: string;
  };
  readonly asOf: PartialDate;
  readonly asOfStated: boolean;
  /** "probable" where the day is an event's probable day or an article's probable date. */
  readonly asOfCertainty: Certainty;
  /** "event date", "event date, from outside the articles": where the day is not the figure's own. */
  readonly asOfNote: string | undefined;
  readonly event: { readonly title: string; readonly href: string };
}

export interface ChartView {
  readonly title: string;
  readonly wide: Chart;
  readonly narrow: Chart;
  /** What dots, bars and arrows mean, naming only those drawn; absent where every figure is a dot. */
  readonly legend: string | undefined;
  readonly scale: string;
}

export interface MeasureView {
  readonly measure: string;
  readonly label: string;
  readonly verdict: Verdict;
  /** "sources disagree". */
  readonly verdictLabel: string;
  readonly summary: string;
  /** The measure's own page. */
  readonly href: string;
  readonly figures: readonly FigureRowView[];
  /** Drawn where there is more than one figure to compare. */
  readonly chart: ChartView | undefined;
  /** The table's caption, the label as written: "IS suspects held by the SDF: every figure, …". */
  readonly caption: string;
}

export function figureRowView(f: FigureRow, links: Links): FigureRowView {
  const name = f.speaker.person.name;
  return {
    claimId: f.claim.id,
    figure: figureText(f.given, f.unit),
    hedge: f.hedge,
    claimHref: links.claim(f.claim.event, f.claim.id),
    converted: f.converted,
    who: {
      name,
      href: links.person(f.speaker.person.id),
      as: f.speaker.as.replace(/^the /i, '') !== name ? f.speaker.as : undefined,
      inferred: f.speaker.inferred,
    },
    article: {
      publisher: f.claim.article.publisher,
      href: links.quote(f.claim.article.slug, f.claim.id),
      date: withCertainty(formatShort(f.claim.article.published), f.claim.article.publishedCertainty),
    },
    asOf: f.asOf,
    asOfStated: f.asOfStated,
    asOfCertainty: f.asOfCertainty,
    asOfNote: f.asOfStated ? undefined : f.asOfOutside ? 'event date, from outside the articles' : 'event date',
    event: { title: f.event.title, href: links.event(f.event.id) },
  };
}

function legend(charts: readonly Chart[]): string | undefined {
  const rows = charts[0]!.rows;
  if (!charts[0]!.hasBars) return undefined;
  const parts = [
    rows.some((r) => r.point) && 'a dot is an exact figure',
    rows.some((r) => !r.point && !r.open) && 'a bar an approximation, a range or a vague quantity',
    rows.some((r) => r.open) && 'an arrow a lower bound',
  ].filter((part): part is string => typeof part === 'string');
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function measureView(comparison: MeasureComparison, links: Links): MeasureView {
  let chart: ChartView | undefined;
  if (comparison.figures.length > 1) {
    const wide = spreadChart(comparison);
    const narrow = spreadChart(comparison, NARROW_CHART_WIDTH, NARROW_CHART_FONT);
    chart = {
      // The label leads, as written: lower-casing it would turn "IS" into "is" and "Ain Issa" into "ain issa".
      title: `${comparison.label}: a chart of the figures, each with who gave it. ${comparison.summary}. The same figures are in the table.`,
      wide,
      narrow,
      legend: legend([wide]),
      scale: `Scale in ${comparison.baseUnit}.`,
    };
  }
  return {
    measure: comparison.measure,
    label: comparison.label,
    verdict: comparison.verdict,
    verdictLabel: VERDICT_LABELS[comparison.verdict],
    summary: comparison.summary,
    href: links.measure(comparison.measure),
    figures: comparison.figures.map((f) => figureRowView(f, links)),
    chart,
    caption: `${comparison.label}: every figure, with who gave it, in which article and as of when`,
  };
}
