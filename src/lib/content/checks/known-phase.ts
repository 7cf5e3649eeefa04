/** Every event belongs to a phase of `phases.yaml`. */
import { ContentError } from '../errors.ts';
import type { ContentCheck } from './check.ts';

export const knownPhase: ContentCheck = {
  name: 'known-phase',
  rule: "an event's phase is one of phases.yaml",
  run(content, files) {
    if (files.incomplete?.has('phases')) return [];
    const phaseIds = new Set(content.phases.map((phase) => phase.id));
    return content.events.flatMap((event, i) =>
      phaseIds.has(event.phase)
        ? []
        : [new ContentError(files.events, `[${i}] (${event.id}).phase`, `no phase "${event.phase}" in ${files.phases}`)],
    );
  },
};
