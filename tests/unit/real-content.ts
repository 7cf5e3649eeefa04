/** The site's own content, taken the pages' road: checked once, as collection entries, into the models. */
import { checkedContent } from '../../src/lib/content/loader.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { fromEntries, toEntries } from '../../src/lib/content/collections.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import { buildClaimsModel } from '../../src/lib/model/claims-model.ts';
import { buildPlaces } from '../../src/lib/model/places.ts';

export function realContent() {
  const content = checkedContent('content', (dir) => checkContentDir(dir));
  const { articles, events, phases, people, places } = fromEntries(toEntries(content, 'content'));
  const timeline = buildTimeline(articles, events, phases);
  return { content, timeline, model: buildClaimsModel(timeline, people), places: buildPlaces(timeline, places) };
}
