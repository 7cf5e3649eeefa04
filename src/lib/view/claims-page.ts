/**
 * The claims pages' view models: `/claims/`, the overview of every measure, and one page per
 * measure at `/claims/<measure>/` with its chart, table and verdict. Built once from the
 * claims model; the pages only render them.
 */
import type { ClaimsModel } from '../model/claims-model.ts';
import { isDisagreement } from '../model/comparisons.ts';
import { formatShort } from '../content/dates.ts';
import type { Links } from '../site/urls.ts';
import { paths } from '../site/urls.ts';
import type { PagePreview } from '../site/page-meta.ts';
import { claimsPreview, measurePreview } from '../site/previews.ts';
import { measureView, type MeasureView } from './measure-view.ts';

export interface ClaimsOverviewView {
  /** Measures with figures from more than one source, in the order of their first figure. */
  readonly compared: readonly MeasureView[];
  /** Measures with one figure only. */
  readonly single: readonly MeasureView[];
  readonly disputed: number;
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
}

export interface ClaimsPages {
  readonly overview: ClaimsOverviewView;
  readonly measures: readonly MeasurePageView[];
}

export function buildClaimsPages(model: ClaimsModel, links: Links): ClaimsPages {
  const views = model.measures.map((comparison) => ({ comparison, view: measureView(comparison, links) }));
  const compared = views.filter(({ comparison }) => comparison.figures.length > 1);
  const overview: ClaimsOverviewView = {
    compared: compared.map(({ view }) => view),
    single: views.filter(({ comparison }) => comparison.figures.length === 1).map(({ view }) => view),
    disputed: compared.filter(({ comparison }) => isDisagreement(comparison.verdict)).length,
    links: { json: links.data('claims.json'), csv: links.data('figures.csv'), people: links.people() },
    preview: claimsPreview(model.measures),
  };
  const measures = views.map(({ comparison, view }): MeasurePageView => {
    const events = new Map(comparison.figures.map((f) => [f.event.id, f.event]));
    return {
      path: paths.measure(comparison.measure),
      view,
      description: `${comparison.label}: ${comparison.summary}. Every figure the articles give, with who gave it, in which article and as of when.`,
      events: [...events.values()]
        .sort((a, b) => a.date.iso.localeCompare(b.date.iso) || a.id.localeCompare(b.id))
        .map((event) => ({ title: event.title, href: links.event(event.id), date: formatShort(event.date) })),
      overviewHref: links.claims(),
      inOverviewHref: links.measureInOverview(comparison.measure),
      preview: measurePreview(comparison),
    };
  });
  return { overview, measures };
}
