/**
 * The dataset as files for machines: `/data/events.json`, `/data/claims.json` and
 * `/data/figures.csv`, each tied to the versioned schema in `export-schema.ts`. Every field
 * of every claim is there, its quote included; nothing is computed that the pages do not show.
 */
import type { Timeline } from '../model/timeline.ts';
import type { ClaimsModel } from '../model/claims-model.ts';
import { paths, type Links } from './urls.ts';
import { valueKind, valueNumbers } from '../model/figures.ts';
import { SCHEMA_FILE, SCHEMA_VERSION } from './export-schema.ts';

const header = (links: Links) => ({ $schema: links.absolute(paths.data(SCHEMA_FILE)), schemaVersion: SCHEMA_VERSION });

/** `Infinity` is not JSON: an open upper end is `null`. */
const finite = (n: number) => (Number.isFinite(n) ? n : null);

export function eventsJson(timeline: Timeline, model: ClaimsModel, links: Links) {
  return {
    ...header(links),
    events: timeline.events.map((event) => ({
      id: event.id,
      date: event.date.iso,
      precision: event.date.precision,
      dateCertainty: event.dateCertainty,
      title: event.title,
      summary: event.summary,
      place: event.place ?? null,
      dateBasis: event.dateBasis ?? null,
      phase: { id: event.phase.id, title: event.phase.title },
      actors: [...event.actors],
      topics: [...event.topics],
      claims: event.claims.map((claim) => claim.id),
      articles: event.articles.map((article) => article.slug),
      disputedMeasures: model
        .forEvent(event.id)
        .filter((m) => m.verdict === 'disagree')
        .map((m) => m.measure),
      url: links.absolute(paths.event(event.id)),
      corrections: event.corrections.map(({ date, note }) => ({ date, note })),
    })),
    articles: timeline.articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      published: { ...article.data.published, note: article.data.published.note ?? null },
      source: article.data.source,
      claims: article.claims.map((claim) => claim.id),
      url: links.absolute(paths.article(article.slug)),
      corrections: article.data.corrections.map(({ date, note }) => ({ date, note })),
    })),
  };
}

export function claimsJson(timeline: Timeline, model: ClaimsModel, links: Links) {
  return {
    ...header(links),
    claims: timeline.claims.map((claim) => {
      const speaker = model.speakerOf(claim);
      return {
        id: claim.id,
        event: claim.event,
        article: claim.article.slug,
        by: claim.by,
        speaker: {
          id: speaker.person.id,
          name: speaker.person.name,
          inferred: speaker.inferred,
          note: speaker.note ?? null,
        },
        says: claim.says,
        quote: claim.quote,
        figure: claim.figure
          ? { ...claim.figure, asOf: claim.figure.asOf ?? null, kind: valueKind(claim.figure.value) }
          : null,
        url: links.absolute(paths.claim(claim.event, claim.id)),
        quoteUrl: links.absolute(paths.quote(claim.article.slug, claim.id)),
      };
    }),
    measures: model.measures.map((m) => ({
      measure: m.measure,
      label: m.label,
      unit: m.baseUnit,
      verdict: m.verdict,
      summary: m.summary,
      figures: m.figures.map((f) => ({
        claim: f.claim.id,
        asOf: f.asOf.iso,
        asOfStated: f.asOfStated,
        low: finite(f.interval.low / m.scale),
        high: finite(f.interval.high / m.scale),
      })),
    })),
    people: model.people.map(({ person }) => ({ ...person, description: person.description ?? null })),
  };
}

const CSV_COLUMNS = [
  'claim',
  'measure',
  'given',
  'kind',
  'stated',
  'unit',
  'as_of',
  'as_of_stated',
  'speaker',
  'speaker_name',
  'by_as_written',
  'attribution_inferred',
  'article',
  'publisher',
  'event',
  'verdict',
  'url',
] as const;

/**
 * Text a spreadsheet would run as a formula: a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. Text that
 * would start a formula is prefixed with a single quote and quoted (OWASP's rule), so that
 * a spreadsheet shows it as text; the JSON exports keep it exactly as written.
 */
export function csvField(value: string | number | boolean): string {
  if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function figuresCsv(model: ClaimsModel, links: Links): string {
  const rows = model.measures.flatMap((m) =>
    m.figures.map((f) => [
      f.claim.id,
      m.measure,
      f.given,
      f.kind,
      valueNumbers(f.value).join('–'),
      f.unit,
      f.asOf.iso,
      f.asOfStated,
      f.speaker.person.id,
      f.speaker.person.name,
      f.claim.by,
      f.speaker.inferred,
      f.claim.article.slug,
      f.claim.article.publisher,
      f.event.id,
      m.verdict,
      links.absolute(paths.claim(f.claim.event, f.claim.id)),
    ]),
  );
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
