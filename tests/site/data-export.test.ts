/** The data files on the built site: complete, and valid against the schema served beside them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { DIST, requireDist } from './dist.ts';

beforeAll(requireDist);

const json = (file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));
const { content } = checkContentDir('content');

function validator(def: 'eventsFile' | 'claimsFile') {
  const schema = json('schema-v1.json');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addSchema(schema);
  return ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
}

describe('the data exports', () => {
  it.each([
    ['events.json', 'eventsFile'],
    ['claims.json', 'claimsFile'],
  ] as const)('%s validates against schema-v1.json', (file, def) => {
    const validate = validator(def);
    const data = json(file);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A field added is a minor version of the same schema file; only a removal makes a v2.
    expect(data.schemaVersion).toMatch(/^1\.\d+\.\d+$/);
    expect(data.$schema).toMatch(/\/data\/schema-v1\.json$/);
  });

  it('the schema refuses what it should: a claim without its quote, a figure with a made-up kind', () => {
    const validate = validator('claimsFile');
    const data = json('claims.json');
    delete data.claims[0].quote;
    expect(validate(data)).toBe(false);
    const other = json('claims.json');
    other.claims.find((c: { figure: unknown }) => c.figure).figure.value = { roughly: 3 };
    expect(validate(other)).toBe(false);
  });

  it('carries every correction of every event and article, dated, with its note', () => {
    const file = json('events.json');
    const events = new Map(file.events.map((e: { id: string }) => [e.id, e]));
    const articles = new Map(file.articles.map((a: { slug: string }) => [a.slug, a]));
    for (const event of content.events)
      expect(events.get(event.id), event.id).toMatchObject({ corrections: event.corrections });
    for (const article of content.articles)
      expect(articles.get(article.slug), article.slug).toMatchObject({ corrections: article.data.corrections });
    const corrected = json('events.json');
    corrected.events[0].corrections = [{ date: '1 December 2026', note: 'A date in words.' }];
    expect(validator('eventsFile')(corrected)).toBe(false);
  });

  it('carries every field of every claim, its quote included', () => {
    const claims = new Map(json('claims.json').claims.map((c: { id: string }) => [c.id, c]));
    const all = content.articles.flatMap((a) => a.data.claims.map((claim) => ({ claim, slug: a.slug })));
    expect(claims.size).toBe(all.length);
    for (const { claim, slug } of all) {
      expect(claims.get(claim.id)).toMatchObject({
        id: claim.id,
        event: claim.event,
        by: claim.by,
        says: claim.says,
        quote: claim.quote,
        article: slug,
        figure: claim.figure ? { ...claim.figure, asOf: claim.figure.asOf ?? null } : null,
      });
    }
  });

  it('carries every event and article', () => {
    const data = json('events.json');
    expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual(content.events.map((e) => e.id).sort());
    expect(data.articles).toHaveLength(content.articles.length);
    expect(
      data.events.find((e: { id: string }) => e.id === '2019-10-13-ain-issa-camp-escape').disputedMeasures,
    ).toEqual(['ain-issa-escapees']);
  });

  it('writes one CSV row per figure, with a header', () => {
    const lines = readFileSync(join(DIST, 'data', 'figures.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    const figures = content.articles.flatMap((a) => a.data.claims).filter((c) => c.figure);
    expect(lines[0]).toMatch(/^claim,measure,given,kind,stated,unit,as_of,/);
    expect(lines).toHaveLength(figures.length + 1);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^kurds-almost-800-escaped,ain-issa-escapees,almost 800,almost,800,people,2019-10-13,false,kurdish-led-administration,/,
      ),
    );
  });

  it('is linked from the about page', () => {
    const about = readFileSync(join(DIST, 'about', 'index.html'), 'utf8');
    for (const file of ['events.json', 'claims.json', 'figures.csv', 'schema-v1.json'])
      expect(about).toContain(`href="/data/${file}"`);
  });
});
