/**
 * The committed `vercel.json` is what Vercel takes (the fields it documents, nothing
 * else), is what `npm run hosts` writes for today's content and policy, and fits the
 * build in `dist/`: every path gets each header of `_headers`, and every redirect leads
 * to a page the build has.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { movedPages } from '../../src/data/redirects.ts';
import { embedFrameAncestors } from '../../src/lib/site/security.ts';
import { siteConfig } from '../../src/lib/site/site.ts';
import { vercelJson, vercelJsonSettings, type VercelJson } from '../../src/lib/site/vercel-json.ts';
import { LinkChecker } from '../support/link-checker.ts';
import { samplePaths, VERCEL_JSON_SCHEMA, vercelDifferences } from '../support/host-rules.ts';
import { DIST, requireDist } from './dist.ts';

beforeAll(requireDist);

const committed = () => JSON.parse(readFileSync('vercel.json', 'utf8')) as VercelJson;

describe('vercel.json', () => {
  it('has only fields Vercel documents, each of the type it takes', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(VERCEL_JSON_SCHEMA);
    expect(validate(committed()), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(committed().outputDirectory).toBe('dist');
    expect(committed().buildCommand).toBe('npm run build');
  });

  it('is what npm run hosts writes from the header policy and content/redirects.yaml', () => {
    const { base, embedAncestors } = vercelJsonSettings(committed());
    expect(embedFrameAncestors({ EMBED_FRAME_ANCESTORS: embedAncestors })).toBe(embedAncestors);
    expect(committed(), 'vercel.json is out of date: run "npm run hosts" and commit it').toEqual(
      JSON.parse(JSON.stringify(vercelJson(base, embedAncestors, movedPages()))),
    );
  });

  it('fits the build: each header of _headers on every path, every redirect to a built page', () => {
    const { base } = vercelJsonSettings(committed());
    expect(base).toBe(siteConfig().base);
    expect(vercelDifferences(committed(), DIST, samplePaths(DIST, base))).toEqual([]);
    const checker = new LinkChecker({ dir: DIST, siteUrl: siteConfig().url, base });
    for (const { destination } of committed().redirects)
      expect(checker.check(destination, 'index.html'), destination).toBeUndefined();
  });
});
