/**
 * The security policy, in one place: the CSP directives Astro writes into every page's
 * `<meta>` (it adds the hashes of the scripts and styles it emits), and the `_headers`
 * file for hosts that read one (Netlify, Cloudflare Pages).
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */

import { EMBED_FOLDER } from './urls.ts';

/** Directives beside `script-src` and `style-src`, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * `script-src` sources besides Astro's hashes. No `'unsafe-inline'`. `'wasm-unsafe-eval'`
 * lets Pagefind's search run its WebAssembly; it allows no `eval()` of JavaScript.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources of `script-src` and `style-src` in a page's CSP `<meta>`. */
export function cspSources(policy: string): { scripts: string[]; styles: string[] } {
  const directive = (name: string) =>
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([key]) => key === name)
      ?.slice(1) ?? [];
  return { scripts: directive('script-src'), styles: directive('style-src') };
}

/** A header rule as hosts write one: a path pattern (`*` for any rest) and its headers. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** What is at the top of the build output, to give each top-level entry its framing rule. */
export interface TopLevel {
  readonly folders: readonly string[];
  readonly files: readonly string[];
}

/**
 * Who may put embed pages in a frame: `*` (any site) unless `EMBED_FRAME_ANCESTORS` lists
 * sources, space-separated: origins (`https://news.example https://*.example.org`) or `'self'`.
 */
export function embedFrameAncestors(env: Record<string, string | undefined> = process.env): string {
  const list = (env.EMBED_FRAME_ANCESTORS ?? '').trim().split(/\s+/).filter(Boolean);
  for (const source of list) {
    if (source !== '*' && source !== "'self'" && !/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(source))
      throw new Error(`EMBED_FRAME_ANCESTORS: "${source}" is not an origin like https://news.example`);
  }
  return list.length > 0 ? list.join(' ') : '*';
}

const COMMON_HEADERS: HeaderRule['headers'] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/**
 * The header policy, for every host. A header CSP is enforced together with each page's
 * `<meta>` one, so it lists every page's hashes (the union) and adds what a `<meta>`
 * cannot say: `frame-ancestors`, which browsers ignore in a `<meta>`. Only embed pages
 * (`embed/…`) may be framed; every other page says `frame-ancestors 'none'` and
 * `X-Frame-Options: DENY`. Hosts disagree on what happens when two rules that match one
 * path set the same header (Netlify keeps the last, Cloudflare joins them, and two CSPs
 * are both enforced), so each path gets its CSP from exactly one rule: one per top-level
 * entry of the build, `embed/*` apart. Hashed assets live under `<base>_astro/`.
 * @see https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 */
export function headerRules(
  base: string,
  pagePolicies: readonly string[],
  top: TopLevel,
  embedAncestors = '*',
): HeaderRule[] {
  const scripts = new Set<string>(SCRIPT_SOURCES);
  const styles = new Set<string>(["'self'"]);
  for (const policy of pagePolicies) {
    const sources = cspSources(policy);
    sources.scripts.forEach((source) => scripts.add(source));
    sources.styles.forEach((source) => styles.add(source));
  }
  const csp = (ancestors: string) =>
    [
      ...CSP_DIRECTIVES,
      `script-src ${[...scripts].join(' ')}`,
      `style-src ${[...styles].join(' ')}`,
      `frame-ancestors ${ancestors}`,
    ].join('; ');
  const unframed: HeaderRule['headers'] = [
    ['Content-Security-Policy', csp("'none'")],
    ['X-Frame-Options', 'DENY'],
  ];
  const paths = [
    base,
    ...top.folders.filter((folder) => folder !== EMBED_FOLDER).map((folder) => `${base}${folder}/*`),
    ...top.files.filter((file) => !file.startsWith('_')).map((file) => `${base}${file}`),
  ];
  return [
    { path: `${base}*`, headers: COMMON_HEADERS },
    ...paths.map((path) => ({ path, headers: unframed })),
    { path: `${base}${EMBED_FOLDER}/*`, headers: [['Content-Security-Policy', csp(embedAncestors)]] },
    { path: `${base}_astro/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
}

/** The rules as a `_headers` file, which Netlify and Cloudflare Pages read. */
export function headersFile(base: string, rules: readonly HeaderRule[]): string {
  return [
    `# Written by the build for the base path ${base}; Netlify and Cloudflare Pages read it.`,
    ...rules.flatMap((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]),
    '',
  ].join('\n');
}
