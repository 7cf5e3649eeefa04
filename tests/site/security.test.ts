/** Security on the built site: a CSP on every page that allows only the site's own scripts; safe external links. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspSources } from '../../src/lib/site/security.ts';
import { pagePolicy, unhashedInlineScripts } from '../support/csp.ts';
import { DIST, htmlFiles, pageText, readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

describe('security', () => {
  it('puts a CSP on every page, without unsafe-inline or unsafe-eval for scripts', () => {
    for (const file of htmlFiles()) {
      const policy = pagePolicy(pageText(file));
      expect(policy, file).toBeDefined();
      const { scripts } = cspSources(policy!);
      expect(scripts, file).toContain("'self'");
      expect(scripts, file).not.toContain("'unsafe-inline'");
      expect(scripts, file).not.toContain("'unsafe-eval'");
      expect(policy, file).toMatch(/default-src 'self'/);
      expect(policy, file).toMatch(/object-src 'none'/);
    }
  });

  it('hashes every inline script into its page CSP, so the browser runs it', () => {
    for (const file of htmlFiles()) expect(unhashedInlineScripts(pageText(file)), file).toEqual([]);
    // The check bites: the inline theme script is there, and a changed one is refused.
    const page = pageText(htmlFiles().find((file) => file.startsWith('events/'))!);
    expect(page).toMatch(/<script data-site-script>[^<]/);
    expect(unhashedInlineScripts(page.replace('<script data-site-script>', '<script data-site-script>;'))).toHaveLength(
      1,
    );
  });

  it('writes a _headers file with the CSP and the other security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    for (const header of [
      'Content-Security-Policy: ',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: ',
      'Permissions-Policy: ',
    ]) {
      expect(headers).toContain(`  ${header}`);
    }
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).not.toContain("'unsafe-inline'");
    // The header CSP is enforced beside each page's own: it leaves scripts and styles to the
    // page's, which states them with its hashes, so it blocks none of them.
    expect(cspSources(/Content-Security-Policy: (.*)/.exec(headers)![1]!)).toEqual({ scripts: [], styles: [] });
    for (const file of htmlFiles()) expect(cspSources(pagePolicy(pageText(file))!).scripts, file).not.toEqual([]);
  });

  it('opens links to other sites with rel="noopener noreferrer"', () => {
    let external = 0;
    for (const file of htmlFiles()) {
      for (const link of readPage(file).querySelectorAll('a[href^="http"]')) {
        external += 1;
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        expect(rel, `${file}: ${link.getAttribute('href')}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
      }
    }
    expect(external).toBeGreaterThan(0);
  });
});
