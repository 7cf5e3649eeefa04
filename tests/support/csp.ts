/** Reading a built page's Content Security Policy and checking its inline scripts against it. */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { cspSources } from '../../src/lib/site/security.ts';

export function pagePolicy(html: string): string | undefined {
  return parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
}

/**
 * Inline scripts a browser would refuse: their sha256 is not in the page's `script-src`.
 * JSON-LD and other data blocks are not run, so they need no hash.
 */
export function unhashedInlineScripts(html: string): string[] {
  const { scripts } = cspSources(pagePolicy(html) ?? '');
  return parse(html)
    .querySelectorAll('script:not([src])')
    .filter((script) => /^(module|text\/javascript|)$/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.rawText)
    .filter((code) => !scripts.includes(`'sha256-${createHash('sha256').update(code).digest('base64')}'`));
}
