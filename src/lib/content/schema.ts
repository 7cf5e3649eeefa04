/**
 * The content model: every frontmatter field of `content/`, declared once.
 *
 * Plain Zod, no Astro virtual modules: the content check validates with it, and
 * `src/content.config.ts` takes the entries' types from it.
 */
import { z } from 'astro/zod';
import { isValidDateString } from './dates.ts';
import { forbiddenCharacterMessage, singleLineMessage, webUrlMessage } from './characters.ts';
import {
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_PROSE_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  MAX_YEAR,
  MIN_QUOTE_WORDS,
  MIN_YEAR,
} from './limits.ts';

/** A date's year is one the site can show (a typo such as `0219` is not "not in the calendar"). */
const outsideYears = (text: string) => {
  const year = Number(text.slice(0, 4));
  return !(year >= MIN_YEAR && year <= MAX_YEAR);
};
const yearsMessage = `expected a year from ${MIN_YEAR} to ${MAX_YEAR}`;

// Dates stay strings: the content check's YAML parser (YAML 1.2 core schema) reads a bare
// `2019-10-13` as the text it is, never as a `Date` in some time zone.

/** A calendar date with its precision: `2019`, `2019-10` or `2019-10-13`. */
export const partialDate = z
  .string()
  .refine(isValidDateString, {
    message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    abort: true,
  })
  .refine((text) => !outsideYears(text), { message: yearsMessage });

/** A day, `2019-10-13`. */
export const day = z
  .string()
  // `abort`: a day not written YYYY-MM-DD is one mistake, not also "not in the calendar".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a day written YYYY-MM-DD', abort: true })
  .refine(isValidDateString, { message: 'expected a real day (this one is not in the calendar)', abort: true })
  .refine((text) => !outsideYears(text), { message: yearsMessage });

/** Lower-case words joined by hyphens: every id and file name that becomes a URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable, URL-safe identifiers: they become permalinks. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'expected lower-case words joined by hyphens (a-z, 0-9, -)')
  .max(MAX_ID_CHARS, `must be at most ${MAX_ID_CHARS} characters: it becomes a file name and a URL`);

/** How sure the evidence makes us of a fact. */
export const certainties = ['known', 'probable'] as const;
export const certainty = z.enum(certainties);

/** Only web links: never `javascript:`, `data:` or anything a browser would run. */
export const webUrl = z
  .string()
  .max(MAX_URL_CHARS, `must be at most ${MAX_URL_CHARS} characters`)
  .superRefine((text, ctx) => {
    const message = webUrlMessage(text);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** Text that ends up in a page: plain words, no markup smuggled in, of at most `max` characters. */
const textOf = (max: number, { oneLine = false } = {}) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), { message: 'must be plain text, not HTML' })
    .superRefine((text, ctx) => {
      const message = forbiddenCharacterMessage(text) ?? (oneLine ? singleLineMessage(text) : undefined);
      if (message) ctx.addIssue({ code: 'custom', message });
    });

/** A headline or title. */
export const titleText = textOf(MAX_TITLE_CHARS);
/** A name: a speaker, a publisher, a place, a figure as given. One line, every character visible. */
export const nameText = textOf(MAX_NAME_CHARS, { oneLine: true });
/** A sentence or a few: a summary, a note, a paraphrase. */
export const plainText = textOf(MAX_PROSE_CHARS);

/** A passage of an article, long enough for a reader to find and see. */
export const quoteText = plainText.refine((text) => text.split(/\s+/).filter(Boolean).length >= MIN_QUOTE_WORDS, {
  message: `must be a passage of at least ${MIN_QUOTE_WORDS} words`,
});

/** The words a source may use for an amount it gives no number for. */
export const vagueAmounts = ['dozens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions'] as const;

/**
 * A figure's value, kept as precise as the source was and no more:
 * "almost 800" is `{ almost: 800 }`, "hundreds" is `{ vague: 'hundreds' }`.
 */
export const figureValue = z.union(
  [
    z.strictObject({ exact: z.number() }),
    z.strictObject({ about: z.number() }),
    z.strictObject({ almost: z.number() }),
    z.strictObject({ moreThan: z.number() }),
    z.strictObject({ atLeast: z.number() }),
    z.strictObject({ lessThan: z.number() }),
    z.strictObject({ atMost: z.number() }),
    z.strictObject({
      between: z
        .tuple([z.number(), z.number()])
        .refine(([low, high]) => low < high, { message: 'expected [low, high] with low < high' }),
    }),
    z.strictObject({
      vague: z.enum(vagueAmounts),
    }),
  ],
  {
    error:
      'expected one of {exact: n}, {about: n}, {almost: n}, {moreThan: n}, {atLeast: n}, {lessThan: n}, {atMost: n}, {between: [a, b]}, {vague: "hundreds"}',
  },
);

/** The units a figure may be given in; lengths are converted for comparison. */
export const units = [
  'people',
  'troops',
  'fighters',
  'civilians',
  'soldiers',
  'prisoners',
  'airstrikes',
  'vehicles',
  'villages',
  'prisons',
  'units',
  'countries',
  'km',
  'miles',
  'hours',
  'days',
  'years',
] as const;

export const figure = z.strictObject({
  /** Shared key for what is counted or measured, e.g. `ain-issa-escapees`. */
  measure: slug,
  /** The figure's words exactly as the source gave them ("almost 800"). */
  given: nameText,
  /** The same figure as data, no more precise than `given`. */
  value: figureValue,
  /** What the number counts or measures in. */
  unit: z.enum(units),
  /** The day the figure is as of, when it is not the event's own date. */
  asOf: day.optional(),
});

export const claim = z.strictObject({
  /** Unique across all articles; the claim's permalink anchor. */
  id: slug,
  /** The id of the event in `content/events.yaml` the claim is about. */
  event: slug,
  /** Who made the claim, as the article names them; "the article" for the reporter's own. */
  by: nameText,
  /** A short paraphrase in the site's words. */
  says: plainText,
  /** A verbatim passage of one paragraph of the article body that carries the claim. */
  quote: quoteText,
  /** The number the claim gives, if any. */
  figure: figure.optional(),
  /**
   * Whether the article reports the event itself (the default), or only carries a claim
   * related to it (`false`): only reporting articles count as the event's sources.
   */
  reports: z.boolean().default(true),
  /**
   * Where the article gives the statement no day of its own, so that it is not dated by
   * the event it is filed under: what the article says of when (printed on its card).
   */
  undated: plainText.optional(),
  /** Ids the claim was published under before: their anchors and pages still lead to it. */
  formerIds: z.array(slug).default([]),
});

/**
 * A correction or update made after the item was first published: what changed, and when.
 * Pages say "Corrected on 1 December 2026: …"; the feed, JSON-LD and the exports carry it.
 * The content check refuses one dated before the item's first publication or after today.
 */
export const correction = z.strictObject({
  /** The day the change was made on the site. */
  date: day,
  /** What was wrong or out of date, and what the page says now, in the site's words. */
  note: plainText,
});

/** Corrections, oldest first as written; absent means none. */
const corrections = z.array(correction).default([]);

export const source = z.strictObject({
  /** The original publisher (for a syndicated copy, the agency). */
  publisher: nameText,
  publisherCertainty: certainty.default('known'),
  /** The byline, only where one is known. */
  author: nameText.optional(),
  authorCertainty: certainty.default('known'),
  /** The article's address, only where one is known. */
  url: webUrl.optional(),
  /** What that address is, when it is not the publisher's own page. */
  urlNote: plainText.optional(),
  /** Where the copy the site keeps came from, when it is not the publisher. */
  via: z.strictObject({ publisher: nameText, title: titleText.optional(), url: webUrl.optional() }).optional(),
  /** What is inferred about the provenance, and how sure it is. */
  note: plainText.optional(),
});

export const article = z.strictObject({
  /** The headline. */
  title: titleText,
  /** The day of publication, with how sure we are of it. */
  published: z.preprocess(
    (value) => (typeof value === 'string' ? { date: value } : value),
    z.strictObject({
      date: day,
      certainty: certainty.default('known'),
      /** Why the date is what it is, when it is not certain. */
      note: plainText.optional(),
    }),
  ),
  source,
  /** Every factual claim worth a reader's attention. */
  claims: z.array(claim).min(1, 'an article needs at least one claim'),
  /** Changes to the site's account of the article (its claims, their wording) since it was first published. */
  corrections,
});

export const actors = [
  'us-government',
  'us-military',
  'turkey',
  'kurdish-led-forces',
  'islamic-state',
  'uk',
  'russia',
  'un',
  'france',
  'germany',
  'syrian-observatory',
  'protesters',
] as const;

export const topics = [
  'withdrawal',
  'offensive',
  'displacement',
  'casualties',
  'detainees',
  'diplomacy',
  'protest',
  'resignations',
  'airstrikes',
] as const;

/** Where an event's day comes from (`event.dateFrom`). */
export const dateSources = ['articles', 'outside', 'none'] as const;

export const event = z.strictObject({
  /** The permalink slug, date first: `2019-10-13-ain-issa-camp-escape`. */
  id: slug.refine((id) => /^\d{4}(-\d{2}){0,2}-/.test(id), { message: 'must start with the date' }),
  /** When it happened, as precisely as the evidence allows. */
  date: partialDate,
  /** `probable` where the articles give no day and `dateBasis` says why this one is likely. */
  dateCertainty: certainty.default('known'),
  /**
   * Where the day comes from: `articles` (an article's publication day, or its words, which
   * `dateBasis` quotes), `outside` (reporting outside the articles, which `dateBasis` names)
   * or `none` (no source gives it: the date is `probable`). See docs/editorial.md.
   */
  dateFrom: z.enum(dateSources).default('articles'),
  title: titleText,
  /** One or two sentences in the site's own words. */
  summary: plainText,
  /** Where it happened, when known. */
  place: nameText.optional(),
  /** The id of its phase in `content/phases.yaml`. */
  phase: slug,
  actors: z.array(z.enum(actors)).default([]),
  topics: z.array(z.enum(topics)).default([]),
  /** How the date was worked out, when the articles do not state it. */
  dateBasis: plainText.optional(),
  /**
   * For an event that one article reports: why its title and summary do not name that
   * article's publisher (rule 1 of docs/editorial.md asks them to).
   */
  notAttributed: plainText.optional(),
  /** Changes to the event's page since it was first published. */
  corrections,
});

export const phase = z.strictObject({
  id: slug,
  title: titleText,
  summary: plainText,
});

/** One spelling of a name as an article wrote it. */
export const alias = z.preprocess(
  (value) => (typeof value === 'string' ? { form: value } : value),
  z.strictObject({
    /** Exactly as written in a claim's `by` or in an article's text. */
    form: nameText,
    /** Why this form means this entry, when that is an inference or a misspelling. */
    note: plainText.optional(),
    /** Whether the form is only inferred to mean this entry ("a monitoring group"). */
    inferred: z.boolean().default(false),
    /**
     * The site's own label for the entry ("Metro (UK)", a publisher's name the article's
     * text never prints): not listed as a form the articles use.
     */
    siteLabel: z.boolean().default(false),
  }),
);

/** What an entry of the alias table is. */
export const personKinds = ['person', 'organisation', 'place'] as const;

/** A person, organisation or place the articles name, with every spelling they use. */
export const person = z.strictObject({
  /** The permalink slug: `/people/<id>/`. */
  id: slug,
  /** The name the site shows. */
  name: nameText,
  kind: z.enum(personKinds),
  /** Who they are, in a few words. */
  description: plainText.optional(),
  aliases: z.array(alias).min(1, 'list at least the form the articles use'),
});

/**
 * Where a place of the timeline lies, for the locator map (`content/places.yaml`). The
 * articles give no coordinates: each position comes from a gazetteer, which `source` names
 * with its entry's id. A place not listed is simply not on the map.
 */
export const placePosition = z.strictObject({
  /** The place's URL slug: `slugOfPlace(name)`, as in `/places/<id>/`. */
  id: slug,
  /** As an event's `place` writes it, or as a claim's quote names it. */
  name: nameText,
  /** For a place that is no event's place: the id of a claim whose quote names it. */
  claim: slug.optional(),
  /** Degrees north (WGS 84). */
  lat: z.number().min(-90).max(90),
  /** Degrees east (WGS 84). */
  lon: z.number().min(-180).max(180),
  /** The gazetteer and its entry's id: `GeoNames 165509`. */
  source: z.string().regex(/^[A-Z][A-Za-z ]* [0-9A-Za-z-]+$/, 'must name the gazetteer and its entry: "GeoNames 165509"'),
});

export type Article = z.output<typeof article>;
export type Person = z.output<typeof person>;
export type Alias = z.output<typeof alias>;
export type Claim = z.output<typeof claim>;
export type Figure = z.output<typeof figure>;
export type FigureValue = z.output<typeof figureValue>;
export type Unit = (typeof units)[number];
export type Certainty = (typeof certainties)[number];
export type PersonKind = (typeof personKinds)[number];
export type Source = z.output<typeof source>;
export type Event = z.output<typeof event>;
export type Phase = z.output<typeof phase>;
export type PlacePosition = z.output<typeof placePosition>;
export type Correction = z.output<typeof correction>;
