/**
 * The nginx and Caddy snippets and `vercel.json` say what `_headers` and `_redirects` say,
 * against a build under a base path with a moved page (the small valid fixture, to be
 * quick): nginx and Caddy serve it through their snippet (each checks its config first),
 * and Vercel's rules are matched as Vercel matches them. Every top-level entry of the build
 * is requested, so every `_headers` rule is held against each host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movedPages } from '../../src/data/redirects.ts';
import { FORMER_HOST_FILES, HOST_FILES } from '../../src/lib/site/host-files.ts';
import { vercelJson } from '../../src/lib/site/vercel-json.ts';
import { LinkChecker, type BuiltSite } from '../support/link-checker.ts';
import { pagePolicy } from '../support/csp.ts';
import {
  SERVER_BINARIES,
  SERVERS_INSTALL_HINT,
  startHostServer,
  type HostServer,
  type HostServerName,
} from '../support/host-servers.ts';
import { directives, headersFileFor, samplePaths, vercelDifferences } from '../support/host-rules.ts';
import { META_ONLY_DIRECTIVES } from '../../src/lib/site/security.ts';
import { buildMovedFixture, NEW, OLD } from '../support/moved-fixture.ts';
import { DIST, requireDist } from './dist.ts';

let site: BuiltSite;
let content: string;

beforeAll(() => {
  ({ site, content } = buildMovedFixture('hosts'));
}, 300_000);

const paths = () => samplePaths(site.dir, site.base);
const isPage = (path: string) => path.endsWith('/');
const pageFile = (path: string) => join(site.dir, path.slice(site.base.length), 'index.html');

const inCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

function describeServer(name: HostServerName, body: (server: () => HostServer) => void): void {
  const title = `dist-hosts/${HOST_FILES[name]} served by ${name}`;
  if (!existsSync(SERVER_BINARIES[name]) && !inCI) {
    console.warn(`\n⚠ "${title}" skipped: no ${name} on this machine. Install it with: ${SERVERS_INSTALL_HINT}\n`);
    describe.skip(title, () => body(() => undefined as never));
    return;
  }
  describe(title, () => {
    let server: HostServer | undefined;
    beforeAll(async () => {
      if (!existsSync(SERVER_BINARIES[name])) throw new Error(`CI must run the ${name} tests: ${SERVERS_INSTALL_HINT}`);
      server = await startHostServer(name, site.dir, site.base);
    });
    afterAll(() => server?.stop());
    body(() => server!);
  });
}

for (const name of ['nginx', 'caddy'] as const) {
  describeServer(name, (server) => {
    const get = (path: string) => fetch(`${server().origin}${path}`, { redirect: 'manual' });

    it('gives every path each header that _headers gives it, with the same value', async () => {
      for (const path of paths()) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        for (const [header, value] of headersFileFor(site.dir, path))
          expect(response.headers.get(header), `${path}: ${header}`).toBe(value);
      }
    });

    it('lets only embed pages be framed, by anyone, and other pages by no one', async () => {
      const embed = paths().find((path) => path.startsWith(`${site.base}embed/`))!;
      expect(embed).toBeDefined();
      expect((await get(embed)).headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
      for (const path of [site.base, `${site.base}${NEW}`]) {
        const headers = (await get(path)).headers;
        expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'$/);
        expect(headers.get('x-frame-options'), path).toBe('DENY');
      }
    });

    it('answers a moved page with a real 301 to the page that replaced it, under the base', async () => {
      const response = await get(`${site.base}${OLD}`);
      expect(response.status).toBe(301);
      const target = new URL(response.headers.get('location')!, server().origin);
      expect(target.pathname).toBe(`${site.base}${NEW}`);
      expect((await get(target.pathname)).status).toBe(200);
    });

    it('serves 404.html with status 404 and the headers of _headers for a missing page, and never the host files', async () => {
      const missing = await get(`${site.base}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(join(site.dir, '404.html'), 'utf8'));
      for (const [header, value] of headersFileFor(site.dir, `${site.base}no-such-page/`))
        expect(missing.headers.get(header), `404: ${header}`).toBe(value);
      for (const file of [...Object.values(HOST_FILES), ...FORMER_HOST_FILES])
        expect((await get(`${site.base}${file}`)).status, file).toBe(404);
    });

    it('serves nothing of the site outside the base path', async () => {
      expect((await get(`/${NEW}`)).status).toBe(404);
    });

    it('serves the root build in dist/ as its own _headers says', async () => {
      requireDist();
      const root = await startHostServer(name, DIST, '/');
      try {
        for (const path of samplePaths(DIST, '/')) {
          const response = await fetch(`${root.origin}${path}`, { redirect: 'manual' });
          expect(response.status, path).toBe(200);
          for (const [header, value] of headersFileFor(DIST, path))
            expect(response.headers.get(header), `${path}: ${header}`).toBe(value);
        }
      } finally {
        await root.stop();
      }
    });
  });
}

describe('vercel.json for this build', () => {
  const file = () => vercelJson(site.base, '*', movedPages(content));

  it('gives every path each header of _headers, the CSP without the directives each page states with its hashes', () => {
    expect(vercelDifferences(file(), site.dir, paths())).toEqual([]);
    // What the header leaves out, each page's own CSP says.
    for (const path of paths().filter(isPage)) {
      const meta = directives(pagePolicy(readFileSync(pageFile(path), 'utf8'))!);
      const header = directives(headersFileFor(site.dir, path).get('content-security-policy')!);
      for (const name of META_ONLY_DIRECTIVES) {
        expect(meta.has(name), `${path}: ${name}`).toBe(true);
        expect(header.has(name), `${path}: ${name} in the header`).toBe(false);
      }
    }
  });

  it('gives every moved page a 301 under the base path, to a page the build has', () => {
    const checker = new LinkChecker(site);
    const { redirects } = file();
    expect(redirects).toContainEqual({
      source: `${site.base}${OLD}`,
      destination: `${site.base}${NEW}`,
      statusCode: 301,
    });
    for (const redirect of redirects) {
      expect(redirect.source.startsWith(site.base), redirect.source).toBe(true);
      expect(checker.check(redirect.destination, 'index.html'), redirect.destination).toBeUndefined();
    }
  });
});
