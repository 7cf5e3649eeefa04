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
  readonly headers: HeaderList;
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

/** A response's headers, in the order hosts write them. */
export type HeaderList = readonly (readonly [string, string])[];

/**
 * The header policy, for every host, by where a response is: every host file (`_headers`,
 * `vercel.json`, the nginx and Caddy snippets) is written from this one object.
 * `all` goes on every response; `unframed` on every path outside `embed/`; `embed` on
 * `embed/…`, the only pages another site may frame; `assets` on `_astro/…` (hashed names)
 * besides `unframed`. `csp(ancestors)` gives the header CSP with its `frame-ancestors`.
 */
export interface HeaderPolicy {
  readonly all: HeaderList;
  readonly unframed: HeaderList;
  readonly embed: HeaderList;
  readonly assets: HeaderList;
}

export function headerPolicy(csp: (ancestors: string) => string, embedAncestors = '*'): HeaderPolicy {
  return {
    all: [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ],
    unframed: [
      ['Content-Security-Policy', csp("'none'")],
      ['X-Frame-Options', 'DENY'],
    ],
    embed: [['Content-Security-Policy', csp(embedAncestors)]],
    assets: [['Cache-Control', 'public, max-age=31536000, immutable']],
  };
}

/** Where a response is, for hosts whose rules each match one path exclusively (nginx locations). */
export type Zone = 'page' | 'embed' | 'asset';

/** Every header of one response in a zone, merged from the policy as `_headers` stacks its rules. */
export function zoneHeaders(policy: HeaderPolicy, zone: Zone): HeaderList {
  if (zone === 'embed') return [...policy.all, ...policy.embed];
  return [...policy.all, ...policy.unframed, ...(zone === 'asset' ? policy.assets : [])];
}

/**
 * The header CSP for a build: it is enforced together with each page's `<meta>` one, so it
 * lists every page's hashes (the union) and adds what a `<meta>` cannot say:
 * `frame-ancestors`, which browsers ignore in a `<meta>`.
 */
export function buildCsp(pagePolicies: readonly string[]): (ancestors: string) => string {
  const scripts = new Set<string>(SCRIPT_SOURCES);
  const styles = new Set<string>(["'self'"]);
  for (const policy of pagePolicies) {
    const sources = cspSources(policy);
    sources.scripts.forEach((source) => scripts.add(source));
    sources.styles.forEach((source) => styles.add(source));
  }
  return (ancestors) =>
    [
      ...CSP_DIRECTIVES,
      `script-src ${[...scripts].join(' ')}`,
      `style-src ${[...styles].join(' ')}`,
      `frame-ancestors ${ancestors}`,
    ].join('; ');
}

/** The directives that govern scripts and styles: each page's `<meta>` CSP states them with its own hashes. */
export const META_ONLY_DIRECTIVES = ['default-src', 'script-src', 'style-src'] as const;

/**
 * The header CSP for a host whose file is committed before any build (`vercel.json`),
 * which cannot know the hashes: every directive but `META_ONLY_DIRECTIVES` (`default-src`
 * is the fallback of the other two). The browser enforces it together with each page's
 * `<meta>` CSP, so a page gets the same limits as from `_headers`, and the header still
 * says `frame-ancestors`.
 */
export function committedCsp(ancestors: string): string {
  const metaOnly = new Set<string>(META_ONLY_DIRECTIVES);
  return [
    ...CSP_DIRECTIVES.filter((directive) => !metaOnly.has(directive.split(' ')[0]!)),
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/**
 * The policy as `_headers` rules. Hosts disagree on what happens when two rules that match
 * one path set the same header (Netlify keeps the last, Cloudflare joins them, and two CSPs
 * are both enforced), so each path gets its CSP from exactly one rule: one per top-level
 * entry of the build, `embed/*` apart. Hashed assets live under `<base>_astro/`.
 * @see https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 */
export function headerRules(base: string, policy: HeaderPolicy, top: TopLevel): HeaderRule[] {
  const paths = [
    base,
    ...top.folders.filter((folder) => folder !== EMBED_FOLDER).map((folder) => `${base}${folder}/*`),
    ...top.files.filter((file) => !file.startsWith('_')).map((file) => `${base}${file}`),
  ];
  return [
    { path: `${base}*`, headers: policy.all },
    ...paths.map((path) => ({ path, headers: policy.unframed })),
    { path: `${base}${EMBED_FOLDER}/*`, headers: policy.embed },
    { path: `${base}_astro/*`, headers: policy.assets },
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
