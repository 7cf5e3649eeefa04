/**
 * `npm run bench [-- --sizes 100,1000,10000]`: for each size, generates content, builds
 * the site cold, edits one article and builds again, then builds the same markdown with
 * a bare Astro site and (where `hugo` is installed) a minimal Hugo site. Prints the
 * numbers and ratios, and writes them into `docs/performance.md` with a chart.
 */
import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { measureWithMemory, type MeasuredWithMemory } from './measure.ts';
import { measureWeights } from './weights.ts';
import { machineInfo, readResults, writeReport } from './report.ts';
import type { Build, ProcessMemory, SizeResult } from './results.ts';

const root = process.cwd();
const work = join(root, 'bench', '.work');
const bin = join(root, 'node_modules', '.bin');
const env = { PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' } } });
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 3))
  throw new Error(`--sizes: expected whole numbers ≥ 3, got "${values.sizes}"`);

const hugoVersion = (() => {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
})();

function pagesIn(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  ).length;
}

function asBuild(m: MeasuredWithMemory, pages: number): Build {
  return {
    seconds: round(m.seconds, 2),
    peakRssMiB: round(m.peakRssMiB, 0),
    pages,
    memory: m.memory,
    native: m.native,
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

function say(line: string): void {
  console.log(line);
  appendFileSync(join(work, 'bench.log'), `${new Date().toISOString()} ${line}\n`);
}

/** An edit an editor would make: one more paragraph at the end of one article. */
function editOneArticle(contentDir: string): string {
  const dir = join(contentDir, 'articles');
  const files = readdirSync(dir).sort();
  const file = join(dir, files[Math.floor(files.length / 2)]!);
  appendFileSync(file, '\nThis article was updated with a correction after publication.\n');
  return relative(root, file);
}

/**
 * Astro's cache folder (`cacheDir`: `node_modules/.astro/`, and below it the folder of each
 * build into another folder, with the content store and the incremental-build cache) and
 * the generated types: what a fresh clone does not have.
 */
const ASTRO_CACHES = [join(root, 'node_modules', '.astro'), join(root, '.astro')];

async function siteBuilds(
  size: number,
  contentDir: string,
): Promise<Pick<SizeResult, 'site' | 'rebuild' | 'edited' | 'weights'>> {
  const outDir = join(work, `dist-site-${size}`);
  // The preview images' cache of its own, emptied: a cold build draws every image, and the
  // rebuild reuses those whose text did not change, as an editor's next build would.
  const imageCache = join(work, `preview-images-${size}`);
  // Cold: nothing a previous build left behind.
  for (const dir of [outDir, imageCache, ...ASTRO_CACHES]) rmSync(dir, { recursive: true, force: true });
  const buildEnv = {
    ...env,
    CONTENT_DIR: relative(root, contentDir),
    OUT_DIR: relative(root, outDir),
    PREVIEW_CACHE_DIR: imageCache,
  };
  const cold = await measureWithMemory(process.execPath, ['scripts/build.ts'], buildEnv);
  const site = asBuild(cold, pagesIn(outDir));
  say(`  site, cold:        ${site.seconds} s, ${site.pages} pages, peak ${site.peakRssMiB} MiB`);
  for (const p of site.memory ?? []) say(`    ${memoryLine(p)}`);
  for (const p of site.native ?? []) say(`    ${p.command}: peak ${p.rssMiB} MiB at ${p.peakAtSeconds} s`);
  const weights = measureWeights(outDir);
  say(
    `  heaviest page:     ${weights.heaviestPage}, ${kib(weights.heaviestPageGzipBytes)} gzip with its CSS; ${weights.pagesOverBudget} pages over 30 KB; Pagefind ${kib(weights.pagefindBytes)} in ${weights.pagefindFiles} files`,
  );
  const edited = editOneArticle(contentDir);
  // As a deploy runs it: with what the deploy keeps between runs (the output folder, Astro's
  // cache folder and the preview images).
  const again = await measureWithMemory(process.execPath, ['scripts/build.ts'], buildEnv);
  const rebuild = asBuild(again, pagesIn(outDir));
  say(`  site, rebuild:     ${rebuild.seconds} s after editing ${edited}`);
  return { site, rebuild, edited, weights };
}

const memoryLine = (p: ProcessMemory) =>
  `${p.command}: peak ${p.rssMiB} MiB at ${p.peakAtSeconds} s of ${p.seconds} s; V8 heap ${p.heapUsedMiB} of ${p.heapTotalMiB} MiB, outside it ${p.externalMiB} MiB`;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function astroBaseline(size: number, contentDir: string): Promise<Build> {
  const baseline = join(root, 'bench', 'baseline-astro');
  const outDir = join(work, `dist-astro-${size}`);
  for (const dir of [outDir, join(baseline, 'node_modules'), join(baseline, '.astro')])
    rmSync(dir, { recursive: true, force: true });
  const m = await measureWithMemory(join(bin, 'astro'), ['build', '--root', baseline, '--outDir', outDir], {
    ...env,
    CONTENT_DIR: contentDir,
  });
  const build = asBuild(m, pagesIn(outDir));
  say(`  bare Astro, cold:  ${build.seconds} s, ${build.pages} pages, peak ${build.peakRssMiB} MiB`);
  for (const p of build.memory ?? []) say(`    ${memoryLine(p)}`);
  return build;
}

async function hugoBaseline(size: number, contentDir: string): Promise<Build | undefined> {
  if (!hugoVersion) {
    say('  Hugo: not installed (apt-get install hugo), skipped');
    return undefined;
  }
  const outDir = join(work, `dist-hugo-${size}`);
  rmSync(outDir, { recursive: true, force: true });
  const args = [
    '--source',
    join(root, 'bench', 'baseline-hugo'),
    '--contentDir',
    join(contentDir, 'articles'),
    '--destination',
    outDir,
    '--quiet',
  ];
  const m = await measureWithMemory('hugo', args, env);
  const build = asBuild(m, pagesIn(outDir));
  say(`  Hugo, cold:        ${build.seconds} s, ${build.pages} pages, peak ${build.peakRssMiB} MiB`);
  return build;
}

mkdirSync(work, { recursive: true });
const results = readResults();
const machine = machineInfo(hugoVersion);
say(`Benchmark on ${machine.cpu} (${machine.cores} cores, load ${machine.load}), sizes ${sizes.join(', ')}`);
for (const size of sizes) {
  const contentDir = join(work, `content-${size}`);
  const counts = generateContent(contentDir, size);
  say(`${size} events, ${counts.articles} articles:`);
  const ownBuilds = await siteBuilds(size, contentDir);
  // The baselines read the same markdown, edit included.
  const astro = await astroBaseline(size, contentDir);
  const hugo = await hugoBaseline(size, contentDir);
  const result: SizeResult = {
    size,
    articles: counts.articles,
    date: new Date().toISOString(),
    machine,
    ...ownBuilds,
    astro,
    ...(hugo ? { hugo } : {}),
  };
  say(
    `  ratios: site/Astro time ${(result.site.seconds / astro.seconds).toFixed(2)}×, memory ${(result.site.peakRssMiB / astro.peakRssMiB).toFixed(2)}×; rebuild/cold ${(result.rebuild.seconds / result.site.seconds).toFixed(2)}` +
      (hugo ? `; site/Hugo time ${(result.site.seconds / hugo.seconds).toFixed(1)}×` : ''),
  );
  results.set(size, result);
  writeReport(results); // after every size, so a long run keeps what it has measured
}
console.log(`\nWritten to docs/performance.md (log: ${relative(root, join(work, 'bench.log'))})`);
