/**
 * The JSON Schema (draft 2020-12) of `/data/events.json` and `/data/claims.json`, served as
 * `/data/schema-v1.json`. A change that removes or renames a field is a new major version
 * and a new file; adding a field is a minor version.
 * @see https://json-schema.org/draft/2020-12/json-schema-core
 */
import { certainties, personKinds, units, vagueAmounts } from '../content/schema.ts';
import { VALUE_KINDS, VERDICTS } from '../model/figures.ts';
import { precisions } from '../content/dates.ts';

export const SCHEMA_VERSION = '1.1.0';
export const SCHEMA_FILE = 'schema-v1.json';

const str = { type: 'string', minLength: 1 } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const date = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const certainty = { enum: [...certainties] } as const;
const num = { type: 'number' } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const corrections = {
  type: 'array',
  description: 'Changes to the page since it was first published, oldest first (added in 1.1.0).',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['date', 'note'],
    properties: { date: day, note: { type: 'string', minLength: 1 } },
  },
} as const;
const closed = (properties: Record<string, unknown>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
});

const figureValue = {
  oneOf: [
    ...VALUE_KINDS.map((kind) =>
      closed({
        [kind]:
          kind === 'between'
            ? { type: 'array', prefixItems: [num, num], items: false, minItems: 2 }
            : kind === 'vague'
              ? { enum: [...vagueAmounts] }
              : num,
      }),
    ),
  ],
};

export function exportSchema(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Syria withdrawal timeline: data exports',
    description: `Version ${SCHEMA_VERSION}. /data/events.json is an eventsFile, /data/claims.json a claimsFile.`,
    anyOf: [{ $ref: '#/$defs/eventsFile' }, { $ref: '#/$defs/claimsFile' }],
    $defs: {
      eventsFile: closed({
        $schema: url,
        schemaVersion: { const: SCHEMA_VERSION },
        events: { type: 'array', items: { $ref: '#/$defs/event' } },
        articles: { type: 'array', items: { $ref: '#/$defs/article' } },
      }),
      claimsFile: closed({
        $schema: url,
        schemaVersion: { const: SCHEMA_VERSION },
        claims: { type: 'array', items: { $ref: '#/$defs/claim' } },
        measures: { type: 'array', items: { $ref: '#/$defs/measure' } },
        people: { type: 'array', items: { $ref: '#/$defs/person' } },
      }),
      event: closed({
        id: slug,
        date,
        precision: { enum: [...precisions] },
        dateCertainty: {
          enum: [...certainties],
          description: 'probable: the articles give no day; dateBasis says why this one.',
        },
        title: str,
        summary: str,
        place: nullableStr,
        dateBasis: nullableStr,
        phase: closed({ id: slug, title: str }),
        actors: { type: 'array', items: slug },
        topics: { type: 'array', items: slug },
        claims: { type: 'array', items: slug, minItems: 1 },
        articles: { type: 'array', items: slug, minItems: 1 },
        disputedMeasures: {
          type: 'array',
          items: slug,
          description: 'Measures whose sources disagree about this event.',
        },
        url,
        corrections,
      }),
      article: closed({
        slug,
        title: str,
        published: closed({ date, certainty, note: nullableStr }),
        source: closed(
          {
            publisher: str,
            publisherCertainty: certainty,
            author: str,
            authorCertainty: certainty,
            url,
            urlNote: str,
            via: closed({ publisher: str, title: str, url }, ['title', 'url']),
            note: str,
          },
          ['author', 'url', 'urlNote', 'via', 'note'],
        ),
        claims: { type: 'array', items: slug },
        url,
        corrections,
      }),
      claim: closed({
        id: slug,
        event: slug,
        article: slug,
        by: { ...str, description: 'Who made the claim, as the article names them.' },
        speaker: closed({ id: slug, name: str, inferred: { type: 'boolean' }, note: nullableStr }),
        says: str,
        quote: { ...str, description: 'A verbatim passage of the article.' },
        figure: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/figure' }] },
        url,
        quoteUrl: url,
      }),
      figure: closed({
        measure: slug,
        given: str,
        value: figureValue,
        unit: { enum: [...units] },
        asOf: { oneOf: [{ type: 'null' }, date] },
        kind: { enum: [...VALUE_KINDS] },
      }),
      measure: closed({
        measure: slug,
        label: str,
        unit: str,
        verdict: { enum: [...VERDICTS] },
        summary: str,
        figures: {
          type: 'array',
          minItems: 1,
          items: closed({
            claim: slug,
            asOf: date,
            asOfStated: { type: 'boolean' },
            low: num,
            high: { type: ['number', 'null'] },
          }),
        },
      }),
      person: closed({
        id: slug,
        name: str,
        kind: { enum: [...personKinds] },
        description: nullableStr,
        aliases: {
          type: 'array',
          minItems: 1,
          items: closed({ form: str, note: str, inferred: { type: 'boolean' }, siteLabel: { type: 'boolean' } }, [
            'note',
          ]),
        },
      }),
    },
  };
}
