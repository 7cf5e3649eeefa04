/**
 * A build of the small valid fixture under `/sub/` in which one event has moved: its old
 * id is in the permalink lock and `redirects.yaml` leads it to the event's real page. Quick
 * to build, it has a redirect page, the host files' 301 and a base path all at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuiltSite } from './link-checker.ts';

export const OLD = 'events/2018-12-19-old-id/';
export const NEW = 'events/2018-12-19-trump-orders-withdrawal/';

export interface MovedFixture {
  readonly site: BuiltSite;
  /** The content folder it was built from. */
  readonly content: string;
}

/** Builds it (a fresh folder each call); `locked` are the lock's URLs. */
export function buildMovedFixture(name: string, locked: readonly string[] = [`/${NEW}`, `/${OLD}`]): MovedFixture {
  const site: BuiltSite = {
    dir: mkdtempSync(join(tmpdir(), `dist-${name}-`)),
    siteUrl: 'https://example.org',
    base: '/sub/',
  };
  const content = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync('tests/fixtures/valid', content, { recursive: true });
  writeFileSync(join(content, 'permalinks.lock'), `${locked.join('\n')}\n`);
  writeFileSync(join(content, 'redirects.yaml'), `${OLD}: ${NEW}\n`);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: site.dir, SITE_URL: site.siteUrl, BASE_PATH: site.base },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
  return { site, content };
}
