/**
 * The security policy, in one place: the CSP directives Astro writes into every page's
 * `<meta>` (it adds the hashes of the scripts and styles it emits), and the `_headers`
 * file for hosts that read one (Netlify, Cloudflare Pages).
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */

import { EMBED_FOLDER, OEMBED_FOLDER } from './urls.ts';

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

/**
 * A header rule as hosts write one: a path pattern (`*` for any rest), the headers of a
 * broader rule it removes first (Cloudflare's `! Name`), and its own headers.
 */
export interface HeaderRule {
  readonly path: string;
  readonly detach?: readonly string[];
  readonly headers: HeaderList;
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
 * besides `unframed`; `oembed` on `oembed/…` besides `unframed`: any origin may read the
 * oEmbed answers, which a consumer in a browser fetches from its own page.
 * `csp(ancestors)` gives the header CSP with its `frame-ancestors`.
 * @see https://oembed.com/ · https://fetch.spec.whatwg.org/#http-access-control-allow-origin
 */
export interface HeaderPolicy {
  readonly all: HeaderList;
  readonly unframed: HeaderList;
  readonly embed: HeaderList;
  readonly assets: HeaderList;
  readonly oembed: HeaderList;
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
    oembed: [['Access-Control-Allow-Origin', '*']],
  };
}

/** Where a response is, for hosts whose rules each match one path exclusively (nginx locations). */
export type Zone = 'page' | 'embed' | 'asset' | 'oembed';

/** Every header of one response in a zone, merged from the policy as `_headers` stacks its rules. */
export function zoneHeaders(policy: HeaderPolicy, zone: Zone): HeaderList {
  if (zone === 'embed') return [...policy.all, ...policy.embed];
  const own = { page: [], asset: policy.assets, oembed: policy.oembed }[zone];
  return [...policy.all, ...policy.unframed, ...own];
}

/** The directives that govern scripts and styles: each page's `<meta>` CSP states them with its own hashes. */
export const META_ONLY_DIRECTIVES = ['default-src', 'script-src', 'style-src'] as const;

/**
 * The header CSP of every host file: every directive but `META_ONLY_DIRECTIVES`
 * (`default-src` is the fallback of the other two), which each page's `<meta>` CSP states
 * with its own hashes. The browser enforces both, so a page gets the same limits as from a
 * header that listed every page's hashes, and the header says what a `<meta>` cannot:
 * `frame-ancestors`. Its length does not grow with the site: a header listing the union of
 * the hashes passed Cloudflare Pages' 2,000 characters a line at 58 pages (issue 34).
 */
export function committedCsp(ancestors: string): string {
  const metaOnly = new Set<string>(META_ONLY_DIRECTIVES);
  return [
    ...CSP_DIRECTIVES.filter((directive) => !metaOnly.has(directive.split(' ')[0]!)),
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/**
 * The policy as `_headers` rules, a fixed few at any size of site (Cloudflare Pages reads
 * at most 100): `<base>*` gives every response, a missing page's 404 and the search index
 * included, the security headers and the unframed CSP; `embed/*` removes that CSP and
 * `X-Frame-Options` and gives its own. Cloudflare joins two values of one header (two CSPs
 * would both be enforced) unless a later rule detaches the first (`! Name`). Netlify's
 * parser (@netlify/headers-parser) skips a `!` line, and its header matching (netlify-cli's
 * `headersForPath`) keeps the later rule's value of a header, the embed CSP here; the
 * `X-Frame-Options: DENY` that stays there is ignored by browsers, because that CSP has a
 * `frame-ancestors` (HTML's X-Frame-Options processing). The host tests read both ways.
 * @see https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 * @see https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header
 */
export function headerRules(base: string, policy: HeaderPolicy): HeaderRule[] {
  const framing = new Set(policy.unframed.map(([name]) => name));
  return [
    { path: `${base}*`, headers: [...policy.all, ...policy.unframed] },
    { path: `${base}${EMBED_FOLDER}/*`, detach: [...framing], headers: policy.embed },
    { path: `${base}_astro/*`, headers: policy.assets },
    { path: `${base}${OEMBED_FOLDER}/*`, headers: policy.oembed },
  ];
}

/** The rules as a `_headers` file, which Netlify and Cloudflare Pages read. */
export function headersFile(base: string, rules: readonly HeaderRule[]): string {
  return [
    `# Written by the build for the base path ${base}; Netlify and Cloudflare Pages read it.`,
    ...rules.flatMap((rule) => [
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
    ]),
    '',
  ].join('\n');
}
