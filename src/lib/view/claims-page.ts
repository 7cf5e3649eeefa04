/**
 * The claims pages' view models: `/claims/`, the overview of every measure, and one page per
 * measure at `/claims/<measure>/` with its chart, table and verdict. Built once from the
 * claims model; the pages only render them.
 */
import type { ClaimsModel } from '../model/claims-model.ts';
import type { FigureRow, MeasureComparison } from '../model/comparisons.ts';
import { isDisagreement } from '../model/comparisons.ts';
import type { Links } from '../site/urls.ts';
import { anchors, paths } from '../site/urls.ts';
import type { PagePreview } from '../site/page-meta.ts';
import { claimsPreview, measurePreview } from '../site/previews.ts';
import { measureView, type MeasureView } from './measure-view.ts';
import { isSplit, listParts, PAGE_LIMITS, partPath, splitList } from './split.ts';
import { splitNav, type SplitNavView } from './split-nav.ts';
import { periodOf } from './timeline-split.ts';
import { plural, shortDateLabel } from '../model/labels.ts';

/** One line of `/claims/` where it lists the measures only: its verdict, its spread, how many figures. */
export interface MeasureIndexEntry {
  readonly measure: string;
  /** Its old section's anchor on `/claims/`, so `/claims/#measure-…` still lands on it. */
  readonly anchor: string;
  readonly label: string;
  readonly href: string;
  readonly verdictLabel: string;
  /** "100 to 950 people". */
  readonly range: string;
  /** "275 figures". */
  readonly count: string;
}

export interface ClaimsOverviewView {
  /** Measures with figures from more than one source, in the order of their first figure. */
  readonly compared: readonly MeasureView[];
  /** Measures with one figure only. */
  readonly single: readonly MeasureView[];
  readonly disputed: number;
  /** Where the measures have too many figures for one page: `/claims/` lists them with a line each, no tables. */
  readonly index:
    { readonly compared: readonly MeasureIndexEntry[]; readonly single: readonly MeasureIndexEntry[] } | undefined;
  readonly links: { readonly json: string; readonly csv: string; readonly people: string };
  readonly preview: PagePreview;
}

export interface MeasurePageView {
  /** Under the base: `claims/<measure>/`. */
  readonly path: string;
  readonly view: MeasureView;
  readonly description: string;
  /** The events its figures are about, in timeline order, each once. */
  readonly events: readonly { readonly title: string; readonly href: string; readonly date: string }[];
  readonly overviewHref: string;
  /** Its section on the overview, where the table is seen beside the others. */
  readonly inOverviewHref: string;
  readonly preview: PagePreview;
  /** After `/claims/<measure>/`, a period's segments (`2019/10`) where the figures are split; `undefined` on the first page. */
  readonly rest: string | undefined;
  /** Where the figures are split: the way up, the periods, previous and next. */
  readonly split: SplitNavView | undefined;
}

export interface ClaimsPages {
  readonly overview: ClaimsOverviewView;
  readonly measures: readonly MeasurePageView[];
}

const countFigures = (n: number) => plural(n, 'figure');

function indexEntry(view: MeasureView, comparison: MeasureComparison): MeasureIndexEntry {
  const figures = comparison.figures.length;
  return {
    measure: view.measure,
    anchor: anchors.measure(view.measure),
    label: view.label,
    href: view.href,
    verdictLabel: view.verdictLabel,
    range: comparison.range,
    count: countFigures(figures),
  };
}

/** A measure's page, and where its figures are too many for one, a page per period. */
function measurePages(comparison: MeasureComparison, view: MeasureView, links: Links): MeasurePageView[] {
  const path = paths.measure(comparison.measure);
  const root = splitList(comparison.label, comparison.figures, {
    period: (figure) => periodOf(figure.asOf),
    limit: PAGE_LIMITS.figures,
  });
  const navs = splitNav({ root, listPath: path, href: links.href, countLabel: countFigures });
  const page = (figures: readonly FigureRow[], partView: MeasureView): Omit<MeasurePageView, 'rest' | 'split'> => {
    const events = new Map(figures.map((f) => [f.event.id, f.event]));
    return {
      path,
      view: partView,
      description: `${comparison.label}: ${comparison.summary}. The figures the articles give, with who gave each, in which article and as of when.`,
      events: [...events.values()]
        .sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.id.localeCompare(b.id))
        .map((event) => ({
          title: event.title,
          href: links.event(event.id),
          date: shortDateLabel(event.date, event.dateCertainty ?? 'known', event.dateFrom),
        })),
      overviewHref: links.claims(),
      inOverviewHref: links.measureInOverview(comparison.measure),
      preview: measurePreview(comparison),
    };
  };
  if (!isSplit(root)) return [{ ...page(comparison.figures, view), rest: undefined, split: undefined }];
  const first: MeasurePageView = {
    ...page([], { ...view, figures: [], chart: undefined }),
    rest: undefined,
    split: navs.get(''),
  };
  const periods = listParts(root)
    .filter((part) => part.segments.length > 0)
    .map((part): MeasurePageView => {
      const partView = measureView({ ...comparison, figures: part.items }, links);
      return {
        ...page(part.items, { ...partView, label: `${comparison.label}, ${part.label}`, verdict: view.verdict }),
        path: partPath(path, part.segments),
        description: `${comparison.label}, ${part.label}: ${countFigures(part.count)}, with who gave each, in which article and as of when.`,
        rest: part.segments.join('/'),
        split: navs.get(part.segments.join('/')),
      };
    });
  return [first, ...periods];
}

export function buildClaimsPages(model: ClaimsModel, links: Links): ClaimsPages {
  const views = model.measures.map((comparison) => ({ comparison, view: measureView(comparison, links) }));
  const compared = views.filter(({ comparison }) => comparison.figures.length > 1);
  const single = views.filter(({ comparison }) => comparison.figures.length === 1);
  const figures = model.measures.reduce((sum, comparison) => sum + comparison.figures.length, 0);
  const overview: ClaimsOverviewView = {
    compared: compared.map(({ view }) => view),
    single: single.map(({ view }) => view),
    disputed: compared.filter(({ comparison }) => isDisagreement(comparison.verdict)).length,
    index:
      figures > PAGE_LIMITS.overviewFigures
        ? {
            compared: compared.map(({ comparison, view }) => indexEntry(view, comparison)),
            single: single.map(({ comparison, view }) => indexEntry(view, comparison)),
          }
        : undefined,
    links: { json: links.data('claims.json'), csv: links.data('figures.csv'), people: links.people() },
    preview: claimsPreview(model.measures),
  };
  const measures = views.flatMap(({ comparison, view }) => measurePages(comparison, view, links));
  return { overview, measures };
}
