/**
 * How a feed entry carries its corrections: its text ends with each one ("Corrected on
 * 1 December 2026: …"), and `dcterms:modified` gives the day of the last, so that a feed
 * reader sees the entry as updated.
 * @see https://www.dublincore.org/specifications/dublin-core/dcmi-terms/terms/modified/
 */
import type { Correction } from '../content/schema.ts';
import { formatPlainDay, toPartialDate } from '../content/dates.ts';
import { lastCorrected } from '../model/corrections.ts';

export function correctionSentence(correction: Correction): string {
  return `Corrected on ${formatPlainDay(toPartialDate(correction.date))}: ${correction.note}`;
}

export function feedCorrections(
  summary: string,
  corrections: readonly Correction[],
): { description: string; customData?: string } {
  const last = lastCorrected(corrections);
  if (last === undefined) return { description: summary };
  return {
    description: [summary, ...corrections.map(correctionSentence)].join(' '),
    customData: `<dcterms:modified>${last}</dcterms:modified>`,
  };
}
