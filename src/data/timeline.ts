/**
 * The one place pages read content: the collections, loaded once and turned into the
 * timeline model by `src/lib/`. Every page, feed and endpoint starts here.
 */
import { getCollection } from 'astro:content';
import { buildTimeline, type Timeline } from '../lib/model/timeline.ts';
import { buildClaimsModel, type ClaimsModel } from '../lib/model/claims-model.ts';
import type { Person } from '../lib/content/schema.ts';
import { describeSite, siteConfig } from '../lib/site/site.ts';
import { makeLinks } from '../lib/site/urls.ts';

const identity = siteConfig();
// From the site config: `import.meta.env.BASE_URL` came out as `/` in pages built with a base path.
export const links = makeLinks(identity.base, identity.url);

let timeline: Promise<Timeline> | undefined;
let claims: Promise<ClaimsModel> | undefined;

/** Speakers, figure comparisons and people pages, built from the same timeline. */
export function getClaims(): Promise<ClaimsModel> {
  claims ??= loadClaims();
  return claims;
}

async function loadClaims(): Promise<ClaimsModel> {
  const people = (await getCollection('people').catch(() => [])) as { id: string; data: Omit<Person, 'id'> }[];
  return buildClaimsModel(
    await getTimeline(),
    people.map((entry) => ({ ...entry.data, id: entry.id })),
  );
}

export function getTimeline(): Promise<Timeline> {
  timeline ??= load();
  return timeline;
}

async function load(): Promise<Timeline> {
  const [articles, events, phases] = await Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('phases'),
  ]);
  return buildTimeline(
    articles.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body ?? '' })),
    events.map((entry) => ({ ...entry.data, id: entry.id })),
    phases.map((entry) => ({ ...entry.data, id: entry.id })),
  );
}

/** The site config, its description and its sources counted from the content. */
export const site = describeSite(identity, await getTimeline());
