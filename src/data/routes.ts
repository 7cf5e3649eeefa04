/**
 * The paths of every route with parameters, each with what its page shows as props. A route
 * gives Astro only each page's place in the list (`keyedAt`, with the digest of these props
 * as its cache key) and makes its props again as the page renders (`propsAt`): Astro keeps
 * every route's paths until the build ends, and these props are the pages' whole data.
 */
import { embedControlOf, frame, frameOfEmbed } from './pages.ts';
import {
  getArticlePages,
  getArticlesPages,
  getClaimPages,
  getClaimsPages,
  getEventPages,
  getFilterPages,
  getPersonPages,
  getTimelineParts,
} from './pages.ts';
import { getClaims, getTimeline, links, site } from './timeline.ts';
import { eventEmbed, measureEmbed, oembedLink } from '../lib/site/embeds.ts';
import { measureView } from '../lib/view/measure-view.ts';
import { eventDateLabel, withCertaintyCapitalized } from '../lib/model/labels.ts';
import { formatLong } from '../lib/content/dates.ts';
import { filterList, listOf, mapList, one } from '../lib/view/page-list.ts';

/** `/events/<id>/`. */
export const eventRoutes = one(() =>
  Promise.all([getTimeline(), getEventPages()]).then(([timeline, pages]) =>
    mapList(pages, (page, i) => {
      const target = eventEmbed(timeline.events[i]!);
      return {
        params: { id: page.id },
        props: {
          page,
          frame: frame({
            title: page.title,
            description: page.summary,
            path: page.path,
            preview: page.preview,
            search: { kind: 'event', date: eventDateLabel(page) },
            corrections: page.corrections,
          }),
          oembed: oembedLink(target, links, site),
          embed: embedControlOf(target),
        },
      };
    }),
  ),
);

/** `/embed/events/<id>/`. */
export const eventEmbedRoutes = one(() =>
  Promise.all([getTimeline(), getEventPages()]).then(([timeline, pages]) =>
    mapList(pages, (page, i) => ({
      params: { id: page.id },
      props: {
        page,
        frame: frameOfEmbed(eventEmbed(timeline.events[i]!), { description: page.summary, path: page.path }),
      },
    })),
  ),
);

/** `/events/<id>/claims/<claim>/`. */
export const claimRoutes = one(() =>
  getClaimPages().then((pages) =>
    mapList(pages, (page) => ({
      params: { id: page.eventId, claim: page.claimId },
      props: {
        page,
        frame: frame({
          title: page.title,
          description: page.description,
          path: page.path,
          preview: page.preview,
          search: { kind: 'claim', date: page.event.date },
          corrections: page.corrections,
        }),
      },
    })),
  ),
);

/** `/claims/<measure>/` and its periods, `/claims/<measure>/<year>/<month>/`. */
export const measureRoutes = one(() =>
  getClaimsPages().then(({ measures }) =>
    mapList(listOf(measures), (page) => {
      const target = page.rest === undefined ? measureEmbed(page.view) : undefined;
      return {
        params: { measure: page.view.measure, period: page.rest },
        props: {
          page,
          frame: frame({
            title: page.view.label,
            path: page.path,
            current: 'claims',
            description: page.description,
            preview: page.preview,
            search: { kind: 'figures' },
            corrections: 'all',
          }),
          oembed: target && oembedLink(target, links, site),
          embed: target && embedControlOf(target),
        },
      };
    }),
  ),
);

/** `/embed/claims/<measure>/`. */
export const measureEmbedRoutes = one(() =>
  Promise.all([getClaims(), getClaimsPages()]).then(([{ measures }, { measures: pages }]) =>
    mapList(listOf(measures), (comparison) => {
      // Where the figures are split by period, the embed shows the latest period's chart and table.
      const latest = pages.filter((page) => page.view.measure === comparison.measure && page.rest !== undefined).at(-1);
      const view = latest ? latest.view : measureView(comparison, links);
      return {
        params: { measure: comparison.measure },
        props: {
          view,
          latest: latest?.split?.label,
          chart: view.figures.length > 1,
          frame: frameOfEmbed(measureEmbed(comparison), {
            description: comparison.summary,
            path: links.measure(comparison.measure).slice(links.home().length),
          }),
        },
      };
    }),
  ),
);

/** `/<folder>/<slug>/` (`period: false`) or its periods, `/<folder>/<slug>/<year>/…` (`period: true`). */
const filterRoutesOf = (period: boolean) =>
  one(() =>
    getFilterPages().then((views) =>
      mapList(
        filterList(listOf(views), (view) => (view.rest !== undefined) === period),
        (view) => ({
          params: { folder: view.folder, slug: view.slug, ...(period ? { period: view.rest } : {}) },
          props: {
            view,
            frame: frame({ title: view.title, path: view.path, description: view.description, corrections: 'all' }),
          },
        }),
      ),
    ),
  );
export const filterRoutes = filterRoutesOf(false);
export const filterPeriodRoutes = filterRoutesOf(true);

/** `/people/<id>/` and its periods, `/people/<id>/<year>/<month>/`. */
export const personRoutes = one(() =>
  getPersonPages().then((pages) =>
    mapList(listOf(pages), (page) => ({
      params: { id: page.id, period: page.rest },
      props: {
        page,
        frame: frame({
          title: page.name,
          description: page.description,
          path: page.path,
          search: { kind: page.kind },
          corrections: 'all',
        }),
      },
    })),
  ),
);

/** `/articles/<slug>/`. */
export const articleRoutes = one(() =>
  getArticlePages().then((pages) =>
    mapList(pages, (page) => ({
      params: { slug: page.slug },
      props: {
        page,
        frame: frame({
          title: page.title,
          description: page.description,
          path: page.path,
          current: 'articles',
          preview: page.preview,
          search: {
            kind: 'article',
            date: withCertaintyCapitalized(formatLong(page.published), page.publishedCertainty),
          },
          corrections: page.corrections,
        }),
      },
    })),
  ),
);

/** `/<year>/`, `/<year>/<month>/`, `/<year>/<month>/<part>/`, where the timeline is split. */
export const timelinePartRoutes = one(() =>
  getTimelineParts().then((views) =>
    mapList(listOf(views), (view) => {
      const [year, ...part] = view.rest!.split('/');
      return {
        params: { year, part: part.length > 0 ? part.join('/') : undefined },
        props: {
          view,
          frame: frame({
            title: view.title,
            path: view.path,
            description: view.description,
            current: 'timeline',
            corrections: 'all',
          }),
        },
      };
    }),
  ),
);

/** `/articles/<year>/`, `/articles/<year>/<month>/`, where the articles are too many for one page. */
export const articlesPartRoutes = one(() =>
  getArticlesPages().then((pages) =>
    mapList(
      filterList(listOf(pages), (page) => page.rest !== undefined),
      (page) => {
        const [year, ...part] = page.rest!.split('/');
        return {
          params: { year, part: part.length > 0 ? part.join('/') : undefined },
          props: {
            page,
            frame: frame({ title: page.title, path: page.path, current: 'articles', description: page.description }),
          },
        };
      },
    ),
  ),
);
