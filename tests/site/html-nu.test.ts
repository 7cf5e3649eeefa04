/**
 * Every built page passes the Nu HTML Checker (vnu, the W3C's checker), which reads pages as
 * a browser's parser does: it found a `<script>` after `</html>` on every embed, `/` and
 * `/search/` that html-validate did not (issue 34). One JVM checks every page at once, with a
 * page that must fail beside them, so a checker that reports nothing cannot pass the test.
 * Java comes from the system (`.ci/run` installs Debian's `default-jre-headless`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { DIST, htmlFiles, requireDist } from './dist.ts';

/**
 * Reports of the checker on CSS that is valid, and why. Its CSS checker does not know these
 * properties, which browsers support and the specifications define:
 * - `paint-order` (the map's and chart's label halos): CSS Fill and Stroke Module Level 3, SVG 2 §13.7.
 * - `vector-effect` (the map's borders keep their width as it scales): SVG 2 §13.8.
 * - `container` and `@container` (the time axis fits each title to its row's real width):
 *   CSS Containment Module Level 3, §3 and §4.
 */
const KNOWN_FALSE_REPORTS = [
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  /^CSS: “container”: Property “container” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
];

interface NuMessage {
  readonly type: string;
  readonly url: string;
  readonly message: string;
  readonly lastLine?: number;
}

const vnuJar = resolve(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
let messages: NuMessage[] = [];
let sample = '';

beforeAll(() => {
  requireDist();
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error('java is missing: the Nu checker needs it (.ci/run installs it)');
  sample = join(mkdtempSync(join(tmpdir(), 'nu-')), 'stray-script.html');
  writeFileSync(
    sample,
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script type="module">1</script>',
  );
  const files = [sample, ...htmlFiles().map((file) => join(DIST, file))];
  const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}, 600_000);

const from = (file: string) => (message: NuMessage) => decodeURIComponent(message.url).endsWith(file);

describe('the built pages, read by the Nu HTML Checker', () => {
  it('is a checker that reports a script after </html>', () => {
    expect(messages.filter(from(sample)).map((message) => message.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Stray start tag “script”/)]),
    );
  });

  it('has every page without an error, but the known reports on valid CSS', () => {
    const errors = messages
      .filter((message) => !from(sample)(message))
      .filter((message) => !KNOWN_FALSE_REPORTS.some((pattern) => pattern.test(message.message)))
      .map(
        (message) => `${message.url.replace(/^.*?\/(dist|[^/]+)\//, '')}:${message.lastLine ?? '?'} ${message.message}`,
      );
    expect(errors).toEqual([]);
  });
});
