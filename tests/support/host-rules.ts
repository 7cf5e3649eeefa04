/**
 * What the host files say for one request path, read the way each host reads them, so
 * that every host file can be held against `_headers`: the headers `_headers` gives a
 * path, the headers `vercel.json` gives it, and one request path per top-level entry of a
 * build (each `_headers` rule has one there).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_FILES } from '../../src/lib/site/host-files.ts';
import { META_ONLY_DIRECTIVES } from '../../src/lib/site/security.ts';
import type { VercelJson } from '../../src/lib/site/vercel-json.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

export type HeaderMap = Map<string, string>;

/** Headers as one value per name, failing on a name set twice (hosts disagree on what that means). */
export function headerMap(list: readonly (readonly [string, string])[], where: string): HeaderMap {
  const map: HeaderMap = new Map();
  for (const [name, value] of list) {
    if (map.has(name.toLowerCase())) throw new Error(`${where}: ${name} is set twice`);
    map.set(name.toLowerCase(), value);
  }
  return map;
}

export function headersFileFor(dir: string, path: string): HeaderMap {
  return headerMap(headersFor(parseHeadersFile(readFileSync(join(dir, HOST_FILES.headers), 'utf8')), path), path);
}

/** The base, a page under each top-level folder (or a file in it) and each top-level file, as request paths. */
export function samplePaths(dir: string, base: string): string[] {
  const hostFiles = new Set<string>(Object.values(HOST_FILES));
  const firstFile = (folder: string): string => {
    const entries = readdirSync(join(dir, folder)).sort();
    if (entries.includes('index.html')) return `${folder}/`;
    const file = entries.find((entry) => statSync(join(dir, folder, entry)).isFile());
    return file ? `${folder}/${file}` : firstFile(`${folder}/${entries[0]!}`);
  };
  const top = readdirSync(dir)
    .filter((entry) => !hostFiles.has(entry))
    .sort();
  return [base, ...top.map((entry) => `${base}${statSync(join(dir, entry)).isDirectory() ? firstFile(entry) : entry}`)];
}

/**
 * A `vercel.json` source as a RegExp, for the part of path-to-regexp's syntax the file
 * uses: literal characters and `(…)` groups holding a regular expression. Anything else
 * (`:name`, `*` outside a group) is refused, so the file cannot grow beyond what this reads.
 * @see https://vercel.com/docs/project-configuration/vercel-json#headers
 */
export function sourceRegExp(source: string): RegExp {
  let pattern = '';
  let depth = 0;
  for (const char of source) {
    if (char === '(') depth += 1;
    if (depth > 0) pattern += char;
    else if (/[:*+?{}]/.test(char))
      throw new Error(`vercel.json: "${source}" uses path syntax this check does not read`);
    else pattern += char.replace(/[.^$|[\]\\/]/g, '\\$&');
    if (char === ')') depth -= 1;
  }
  return new RegExp(`^${pattern}$`);
}

/** Every header `vercel.json` gives a path: Vercel applies every rule whose source matches. */
export function vercelHeadersFor(file: VercelJson, path: string): HeaderMap {
  const list = file.headers
    .filter((rule) => sourceRegExp(rule.source).test(path))
    .flatMap((rule) => rule.headers.map(({ key, value }) => [key, value] as const));
  return headerMap(list, `vercel.json for ${path}`);
}

/** A CSP's directives by name. */
export function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part] as const),
  );
}

/**
 * Where `vercel.json` says other than `_headers` for the given paths of a build: each header
 * must be there with the same value, the CSP with the same directives but those each page
 * states in its `<meta>`. An empty list when it says the same.
 */
export function vercelDifferences(file: VercelJson, dir: string, paths: readonly string[]): string[] {
  const differences: string[] = [];
  for (const path of paths) {
    const vercel = vercelHeadersFor(file, path);
    for (const [header, value] of headersFileFor(dir, path)) {
      let expected = value;
      let got = vercel.get(header);
      if (header === 'content-security-policy') {
        const wanted = directives(value);
        for (const name of META_ONLY_DIRECTIVES) wanted.delete(name);
        expected = [...wanted.values()].join('; ');
        got = got === undefined ? undefined : [...directives(got).values()].join('; ');
      }
      if (got !== expected) differences.push(`${path}: ${header} is ${got ?? 'missing'}, not ${expected}`);
    }
  }
  return differences;
}

/**
 * The `vercel.json` fields this site uses, as Vercel documents them (types and allowed
 * values), with nothing else allowed, so a misspelt key fails here rather than being
 * ignored at deploy.
 * @see https://vercel.com/docs/project-configuration/vercel-json · https://openapi.vercel.sh/vercel.json
 */
export const VERCEL_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['headers', 'redirects'],
  properties: {
    $schema: { const: 'https://openapi.vercel.sh/vercel.json' },
    framework: { type: ['string', 'null'] },
    buildCommand: { type: ['string', 'null'] },
    outputDirectory: { type: ['string', 'null'] },
    trailingSlash: { type: 'boolean' },
    cleanUrls: { type: 'boolean' },
    redirects: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'destination'],
        properties: {
          source: { type: 'string', pattern: '^/' },
          destination: { type: 'string' },
          permanent: { type: 'boolean' },
          statusCode: { enum: [301, 302, 303, 307, 308] },
        },
      },
    },
    headers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'headers'],
        properties: {
          source: { type: 'string', pattern: '^/' },
          headers: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['key', 'value'],
              properties: { key: { type: 'string', pattern: '^[A-Za-z0-9-]+$' }, value: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
