/**
 * The security policy, in one place: the CSP directives Astro writes into every page's
 * `<meta>` (it adds the hashes of the scripts and styles it emits), and the `_headers`
 * file for hosts that read one (Netlify, Cloudflare Pages).
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */

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
 * The `_headers` file. A header CSP is enforced together with each page's `<meta>` one,
 * so it lists every page's hashes (the union) and adds what a `<meta>` cannot say
 * (`frame-ancestors`). It is written by the build, which knows the base path: hashed
 * assets live under `<base>_astro/`.
 * @see https://docs.netlify.com/routing/headers/ · https://developers.cloudflare.com/pages/configuration/headers/
 */
export function headersFile(base: string, pagePolicies: readonly string[]): string {
  const scripts = new Set<string>(SCRIPT_SOURCES);
  const styles = new Set<string>(["'self'"]);
  for (const policy of pagePolicies) {
    const sources = cspSources(policy);
    sources.scripts.forEach((source) => scripts.add(source));
    sources.styles.forEach((source) => styles.add(source));
  }
  const csp = [
    ...CSP_DIRECTIVES,
    `script-src ${[...scripts].join(' ')}`,
    `style-src ${[...styles].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    `# Written by the build for the base path ${base}; Netlify and Cloudflare Pages read it.`,
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  X-Frame-Options: DENY',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
