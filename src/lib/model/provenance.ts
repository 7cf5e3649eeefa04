/**
 * What is known of an article's origin, as rows a page can print: every field says
 * "not known" or "probably" where that is the truth.
 */
import type { Article } from '../content/schema.ts';
import { formatLong, toPartialDate } from '../content/dates.ts';
import { withCertaintyCapitalized } from './labels.ts';

export interface ProvenanceRow {
  readonly label: string;
  readonly value: string;
  /** An address to link the value to. */
  readonly url?: string;
  /** Why the value is what it is, or how sure it is. */
  readonly note?: string;
  readonly certain: boolean;
}

export function provenance(article: Article): ProvenanceRow[] {
  const { source, published } = article;
  const rows: ProvenanceRow[] = [
    {
      label: 'Publisher',
      value: withCertaintyCapitalized(source.publisher, source.publisherCertainty),
      certain: source.publisherCertainty === 'known',
    },
  ];
  if (source.via) {
    rows.push({
      label: 'Copy received from',
      value: source.via.title ? `${source.via.publisher}: “${source.via.title}”` : source.via.publisher,
      ...(source.via.url ? { url: source.via.url } : {}),
      certain: true,
    });
  }
  rows.push(
    source.author
      ? {
          label: 'Author',
          value: withCertaintyCapitalized(source.author, source.authorCertainty),
          certain: source.authorCertainty === 'known',
        }
      : { label: 'Author', value: 'Not known', certain: false },
    {
      label: 'Published',
      value: withCertaintyCapitalized(formatLong(toPartialDate(published.date)), published.certainty),
      ...(published.note ? { note: published.note } : {}),
      certain: published.certainty === 'known',
    },
    source.url
      ? {
          label: 'Address',
          value: source.url,
          url: source.url,
          ...(source.urlNote ? { note: source.urlNote } : {}),
          certain: true,
        }
      : { label: 'Address', value: 'Not known', ...(source.urlNote ? { note: source.urlNote } : {}), certain: false },
  );
  if (source.note) rows.push({ label: 'Note', value: source.note, certain: true });
  return rows;
}
