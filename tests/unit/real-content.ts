/** The site's own content, checked and built into the models the pages use. */
import { checkContentDir } from '../../src/lib/content/load.ts';
import { buildTimeline } from '../../src/lib/model/timeline.ts';
import { buildClaimsModel } from '../../src/lib/model/claims-model.ts';

export function realContent() {
  const { content, errors } = checkContentDir('content');
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  const timeline = buildTimeline(content.articles, content.events, content.phases);
  return { content, timeline, model: buildClaimsModel(timeline, content.people) };
}
