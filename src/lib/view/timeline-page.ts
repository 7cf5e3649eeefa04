/**
 * The whole of the index page, computed once: its lede, the disputes between the sources,
 * the time axis, the filter links and the list. `src/pages/index.astro` hands it to
 * components that only render it.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/routing/data.ts
 */
import type { Timeline } from '../model/timeline.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { isDisagreement } from '../model/comparisons.ts';
import { filterAttributes, groupFilters } from '../model/filters.ts';
import { plural } from '../model/labels.ts';
import type { Links } from '../site/urls.ts';
import { layoutAxis, type AxisLayout } from './axis.ts';
import { timelineYears, type YearView } from './timeline-entries.ts';
import { filterNav, type FilterNavView } from './filter-links.ts';
import type { SplitNavView } from './split-nav.ts';
import type { SplitEvents } from './timeline-split.ts';

/** One line of "Where the sources disagree": the measure, the spread of figures, its page. */
export interface DisputeView {
  readonly label: string;
  /** "100 to 950 people". */
  readonly range: string;
  /** How many sources give a figure. */
  readonly sources: string;
  readonly href: string;
}

export interface TimeAxisView extends AxisLayout {
  /** "The 19 events on a time axis drawn to scale, December 2018 to October 2019." */
  readonly caption: string;
  /**
   * "No article in this collection covers February to September 2019.": said on the axis
   * itself where the gap is, so in the caption only to those who cannot see the drawing.
   */
  readonly gapNote: string | undefined;
  /** "The 19 events, day by day": what opens the magnified scale on a phone. */
  readonly zoomLabel: string;
  /** Each mark's `data-actor` / `data-place` / `data-topic`, by event id, for the filter script. */
  readonly filters: Readonly<Record<string, Record<string, string>>>;
}

export interface TimelinePage {
  readonly title: string;
  readonly lede: string;
  readonly disputes: readonly DisputeView[];
  /** The axis of every event, where the timeline fits on this page. */
  readonly axis: TimeAxisView | undefined;
  /** Where the timeline is split: its years as a density strip, each linking to its page. */
  readonly split: SplitNavView | undefined;
  readonly filterNav: FilterNavView;
  /** The list, where it fits on this page; empty where it is split. */
  readonly years: readonly YearView[];
}

export interface TimelinePageInput {
  readonly title: string;
  readonly timeline: Timeline;
  readonly claims: ClaimsModel;
  readonly links: Links;
  /** The timeline as `splitEvents` splits it. */
  readonly split: SplitEvents;
}

function timeAxis(events: TimelinePageInput['timeline']['events']): TimeAxisView {
  const axis = layoutAxis(events);
  return {
    ...axis,
    caption: `The ${plural(events.length, 'event')} to scale, ${axis.span}, the phases shaded.`,
    gapNote:
      axis.gaps.length > 0
        ? axis.gaps.map((gap) => `No article in this collection covers ${gap.span}.`).join(' ')
        : undefined,
    zoomLabel: `The ${plural(events.length, 'event')}, phase by phase, day by day, each at its own scale`,
    filters: Object.fromEntries(events.map((event) => [event.id, filterAttributes(event)])),
  };
}

export function buildTimelinePage({ title, timeline, claims, links, split }: TimelinePageInput): TimelinePage {
  const { events } = timeline;
  const home = split.parts.find(({ part }) => part.segments.length === 0)!;
  return {
    title,
    lede:
      "From Trump's order of 19 December 2018 to the October 2019 pull-back from the border that, two articles " +
      `say, led to Turkey's offensive, and the withdrawal that followed: ${plural(events.length, 'event')} and ` +
      `${plural(timeline.claims.length, 'claim')} from ${plural(timeline.articles.length, 'article')}. Where sources ` +
      'differ, each figure is shown with who gave it.',
    disputes: claims.measures
      .filter((measure) => isDisagreement(measure.verdict))
      .map((measure) => ({
        label: measure.label,
        range: measure.range,
        sources: plural(measure.figures.length, 'figure'),
        href: links.measure(measure.measure),
      })),
    axis: split.split ? undefined : timeAxis(events),
    split: split.split ? home.nav : undefined,
    filterNav: filterNav(groupFilters(events), links),
    years: split.split ? [] : timelineYears(events, { links, claims }),
  };
}
