/**
 * `vercel.json`, which Vercel reads from the project itself before the build, so it cannot
 * carry the build's hashes: its header CSP is `committedCsp` (each page's `<meta>` CSP has
 * the hashes; the browser enforces both). Headers follow the policy's parts as `_headers`
 * does, each part one rule, no header set by two rules for one path. Redirects are real
 * 301s, as in `_redirects` (Vercel's own default would be 308); the refresh pages stay.
 * It is for the base path and framing origins it names (`vercelJsonSettings`).
 * `npm run hosts` writes it; tests/site/vercel-json.test.ts fails when it is stale.
 * @see https://vercel.com/docs/project-configuration/vercel-json
 */
import type { Redirect } from './redirects-file.ts';
import { EMBED_FOLDER, OEMBED_FOLDER } from './urls.ts';
import { committedCsp, headerPolicy, type HeaderList } from './security.ts';

export interface VercelJson {
  readonly $schema: string;
  readonly framework: null;
  readonly buildCommand: string;
  readonly outputDirectory: string;
  readonly trailingSlash: boolean;
  readonly redirects: readonly { source: string; destination: string; statusCode: number }[];
  readonly headers: readonly { source: string; headers: readonly { key: string; value: string }[] }[];
}

export function vercelJson(base: string, embedAncestors: string, moved: readonly Redirect[]): VercelJson {
  const policy = headerPolicy(committedCsp, embedAncestors);
  const rule = (source: string, list: HeaderList) => ({
    source,
    headers: list.map(([key, value]) => ({ key, value })),
  });
  return {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    framework: null,
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    // Every page URL ends in a slash; Vercel adds it where a reader left it off (not to files).
    trailingSlash: true,
    redirects: moved.map(({ from, to }) => ({
      source: `${base}${from}`,
      destination: `${base}${to}`,
      statusCode: 301,
    })),
    headers: [
      rule(`${base}(.*)`, policy.all),
      rule(`${base}((?!${EMBED_FOLDER}/).*)`, policy.unframed),
      rule(`${base}${EMBED_FOLDER}/(.*)`, policy.embed),
      rule(`${base}_astro/(.*)`, policy.assets),
      rule(`${base}${OEMBED_FOLDER}/(.*)`, policy.oembed),
    ],
  };
}

/** The base path and framing origins a committed `vercel.json` was written for, to write it again alike. */
export function vercelJsonSettings(file: VercelJson): { base: string; embedAncestors: string } {
  const base = file.headers[0]?.source.replace(/\(\.\*\)$/, '') ?? '/';
  const embed = file.headers.find((rule) => rule.source === `${base}${EMBED_FOLDER}/(.*)`);
  const csp = embed?.headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
  return { base, embedAncestors: /frame-ancestors ([^;]*)$/.exec(csp)?.[1] ?? '*' };
}
