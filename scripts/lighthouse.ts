/**
 * `npm run lighthouse`: Lighthouse (mobile settings, the default) on the built site in
 * `dist/` (or `DIST_DIR`), served on 127.0.0.1: the timeline, an event page, an article
 * page and `/claims/` where the site has it. Three runs a page; each score and metric is
 * the median of the three. Results go into `docs/performance.md`.
 *
 * Chromium: `CHROME_PATH` (default `/usr/bin/chromium`), started with the flags that keep
 * it off the network it must not reach.
 *
 * Lighthouse is not one of the project's dependencies (it would bring about a fifth of what
 * `npm ci` installs, for a script run by hand): `npx` fetches the version pinned here.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceSection } from '../bench/sections.ts';
import { siteConfig } from '../src/lib/site/site.ts';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

const RUNS = 3;
const DIST = process.env.DIST_DIR ?? 'dist';
const REPORT = join('docs', 'performance.md');
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Run {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly lcpMs: number;
  readonly cls: number;
  readonly tbtMs: number;
  /** Audits that did not pass, by title: what to fix when a score is under 100. */
  readonly failed: string[];
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; scoreDisplayMode: string }>;
}

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run "npm run build" first`);

const firstPage = (folder: string) => {
  const dir = join(DIST, folder);
  const name = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .find((n) => existsSync(join(dir, n, 'index.html')))
    : undefined;
  return name ? `${folder}/${name}/` : undefined;
};
const pages: { label: string; path: string | undefined }[] = [
  { label: 'timeline', path: '' },
  { label: 'event page', path: firstPage('events') },
  { label: 'article page', path: firstPage('articles') },
  { label: 'claims', path: existsSync(join(DIST, 'claims', 'index.html')) ? 'claims/' : undefined },
];

/** The Lighthouse that `npx` runs: a pinned version, so that results compare over time. */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const NPX = ['--yes', LIGHTHOUSE];

// Asynchronous: the static server answers from this same process while Lighthouse runs.
const run = promisify(execFile);

async function lighthouse(url: string, out: string): Promise<Run> {
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  const options = {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
  };
  // A Chromium started cold (first run after an install) can miss chrome-launcher's
  // connection deadline ("Unable to connect to Chrome"); it answers the second time.
  await run('npx', [...NPX, ...args], options).catch((error: { stderr?: string }) => {
    if (!error.stderr?.includes('Unable to connect to Chrome')) throw error;
    return run('npx', [...NPX, ...args], options);
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as LighthouseReport;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failed = CATEGORIES.flatMap((id) => report.categories[id]!.auditRefs)
    .map((ref) => report.audits[ref.id]!)
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
    )
    .map((audit) => audit.title);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Run['scores'],
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    failed: [...new Set(failed)],
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const site = siteConfig();
const server = await serveStatic(DIST, site.base, { gzip: true });
const { origin } = server;
const work = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows: string[] = [];
const notes: string[] = [];
const verdicts: boolean[] = [];
try {
  for (const page of pages) {
    if (page.path === undefined) {
      notes.push(`- ${page.label}: the built site has no such page yet, skipped.`);
      continue;
    }
    const url = `${origin}${site.base}${page.path}`;
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url, join(work, `run-${i}.json`)));
    const m = {
      scores: CATEGORIES.map((id) => median(runs.map((r) => r.scores[id]))),
      lcpMs: median(runs.map((r) => r.lcpMs)),
      cls: median(runs.map((r) => r.cls)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
    };
    const met = m.scores.every((s) => s === 100) && m.lcpMs <= 1000 && m.cls === 0 && m.tbtMs === 0;
    verdicts.push(met);
    rows.push(
      `| ${page.label} (\`${site.base}${page.path}\`) | ${m.scores.join(' | ')} | ${(m.lcpMs / 1000).toFixed(2)} s | ${m.cls.toFixed(3)} | ${Math.round(m.tbtMs)} ms | ${met ? 'met' : 'missed'} |`,
    );
    const failed = [...new Set(runs.flatMap((r) => r.failed))];
    if (failed.length > 0) notes.push(`- ${page.label}: audits not passed in some run: ${failed.join('; ')}.`);
    console.log(rows.at(-1));
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const version = spawnSync('npx', [...NPX, '--version'], { encoding: 'utf8' }).stdout.trim();
const chromium = spawnSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {
  encoding: 'utf8',
}).stdout.trim();
const section = [
  `Lighthouse ${version}, ${chromium}, mobile settings (simulated slow 4G and 4× CPU slowdown), median of ${RUNS} runs per page, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  'Goal: 100 in every category, LCP ≤ 1.0 s, CLS 0, TBT 0 ms.',
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | goal |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows,
  '',
  ...(notes.length > 0 ? notes : ['- Every audit passed in every run.']),
].join('\n');
writeFileSync(REPORT, replaceSection(existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '', 'lighthouse', section));
console.log(`\nWritten to ${REPORT}${verdicts.every(Boolean) ? '' : ' (some goals missed: see the notes)'}`);
