/**
 * The one place pages read content: the collections, which hold what the content check
 * read and passed (`src/lib/content/loader.ts`), loaded once and turned into the timeline
 * model by `src/lib/`. Every page, feed and endpoint starts here.
 */
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from '../lib/model/timeline.ts';
import { buildClaimsModel, type ClaimsModel } from '../lib/model/claims-model.ts';
import { fromEntries, type ContentEntries } from '../lib/content/collections.ts';
import { describeSite, siteConfig } from '../lib/site/site.ts';
import { makeLinks } from '../lib/site/urls.ts';
import { buildPlaces, type Place } from '../lib/model/places.ts';
import { readSiteSettings } from '../lib/content/site-settings.ts';
import { contentDir } from '../lib/content/load.ts';
import { allCorrections } from '../lib/model/corrections.ts';
import type { TrustContext } from '../lib/view/trust.ts';

const identity = siteConfig();
// From the site config: `import.meta.env.BASE_URL` came out as `/` in pages built with a base path.
export const links = makeLinks(identity.base, identity.url);

let content: Promise<ReturnType<typeof fromEntries>> | undefined;
let timeline: Promise<Timeline> | undefined;
let claims: Promise<ClaimsModel> | undefined;
let places: Promise<Place[]> | undefined;

function loadContent() {
  content ??= Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('phases'),
    getCollection('people'),
    getCollection('places'),
  ]).then(([articles, events, phases, people, places]) =>
    fromEntries({ articles, events, phases, people, places } as ContentEntries),
  );
  return content;
}

export function getTimeline(): Promise<Timeline> {
  timeline ??= loadContent().then(({ articles, events, phases }) => buildTimeline(articles, events, phases));
  return timeline;
}

/** Speakers, figure comparisons and people pages, built from the same timeline. */
export function getClaims(): Promise<ClaimsModel> {
  claims ??= Promise.all([getTimeline(), loadContent()]).then(([model, { people }]) => buildClaimsModel(model, people));
  return claims;
}

/** Every place of the timeline, with its position where `content/places.yaml` gives one. */
export function getPlaces(): Promise<Place[]> {
  places ??= Promise.all([getTimeline(), loadContent()]).then(([model, content]) => buildPlaces(model, content.places));
  return places;
}

/** The site config, its description and its sources counted from the content. */
export const site = describeSite(identity, await getTimeline());

/** Who publishes the site and when its content last changed (`content/site.yaml`, the corrections). */
export const trust: TrustContext = {
  settings: readSiteSettings(contentDir()).settings,
  lastCorrection: allCorrections(await getTimeline())[0]?.date.iso,
};
