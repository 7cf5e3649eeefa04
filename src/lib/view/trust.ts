/**
 * Who stands behind the site and when a page last changed, as every page's footer says it:
 * the publisher and the contact from `content/site.yaml`, or plainly that none is set; the
 * day the page's content last changed, from the corrections record and the day the content
 * was first published (both in `content/`, so a build anywhere gives the same date).
 * @see https://thetrustproject.org/trust-project-indicators/
 */
import type { SiteSettings } from '../content/site-settings.ts';
import type { Correction } from '../content/schema.ts';
import { lastCorrected } from '../model/corrections.ts';
import { toPartialDate, type PartialDate } from '../content/dates.ts';

export interface TrustContext {
  readonly settings: SiteSettings;
  /** The day of the latest correction anywhere on the site: what a list page last changed with. */
  readonly lastCorrection: string | undefined;
}

export interface LastChanged {
  /** The day, where known: `2026-12-01`, for the page and its `dateModified`. */
  readonly day: PartialDate | undefined;
  /** Before the date: "This page last changed on", or the whole sentence where no date is known. */
  readonly text: string;
  /** After the date: ", with a correction." */
  readonly after: string;
}

export interface TrustView {
  readonly publisher: { readonly name: string; readonly href: string | undefined } | undefined;
  readonly contact: { readonly text: string; readonly href: string } | undefined;
  /** Said on every page where the settings name no publisher or no contact. */
  readonly unset: string | undefined;
  readonly changed: LastChanged;
}

/**
 * The corrections that change what a page shows: its own (an event's, an article's), `all`
 * for a page that lists the events (a correction of any changes it), none for the others.
 */
export type PageCorrections = readonly Correction[] | 'all' | undefined;

/**
 * When a page's content last changed: its own latest correction (or, for a page that lists
 * every event, the site's), or else the day the content was first published.
 */
export function lastChanged(own: PageCorrections, context: TrustContext): LastChanged {
  const corrected = own === 'all' ? context.lastCorrection : lastCorrected(own ?? []);
  const published = context.settings.published;
  if (corrected && (!published || corrected >= published)) {
    return { day: toPartialDate(corrected), text: 'This page last changed on', after: ', with a correction.' };
  }
  if (published) {
    return {
      day: toPartialDate(published),
      text: 'This page has not changed since it was first published, on',
      after: '.',
    };
  }
  return {
    day: undefined,
    text: 'No correction has changed this page since it was first published; the day of that publication is not set.',
    after: '',
  };
}

export function trustView(own: PageCorrections, context: TrustContext): TrustView {
  const { publisher, contact } = context.settings;
  const missing = [!publisher && 'no publisher', !contact && 'no contact for reporting an error'].filter(Boolean);
  return {
    publisher: publisher && { name: publisher.name, href: publisher.url },
    contact,
    unset: missing.length > 0 ? `This copy of the site names ${missing.join(' and ')}.` : undefined,
    changed: lastChanged(own, context),
  };
}
