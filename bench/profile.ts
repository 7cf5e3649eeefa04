/**
 * `npm run bench:profile [-- --size 10000]`: where a cold build's time goes. Generates the
 * benchmark's content, builds it once under `node --cpu-prof` with every cache emptied,
 * sums the profile's self time into the costs a reader of docs/performance.md can act on,
 * and times Pagefind (a separate binary) on its own. Prints a Markdown table.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { categorise, selfTimes, type CpuProfile } from './profile-costs.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 3) throw new Error(`--size: expected a whole number ≥ 3, got "${values.size}"`);

const root = process.cwd();
const work = join(root, 'bench', '.work');
const contentDir = join(work, `content-${size}`);
const outDir = join(work, `dist-profile-${size}`);
const profileDir = join(work, `profile-${size}`);
const imageCache = join(work, `preview-images-profile-${size}`);
for (const dir of [outDir, profileDir, imageCache, join(root, 'node_modules', '.astro')])
  rmSync(dir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
generateContent(contentDir, size);

const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: relative(root, contentDir),
  OUT_DIR: relative(root, outDir),
  PREVIEW_CACHE_DIR: imageCache,
};

function timed(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return (performance.now() - started) / 1000;
}

const astroSeconds = timed(process.execPath, [
  '--cpu-prof',
  '--cpu-prof-dir',
  profileDir,
  join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  'build',
  '--outDir',
  outDir,
]);
// The same exclusions as scripts/build.ts do not change what the indexer costs much; time it plainly.
const pagefindSeconds = timed('pagefind', ['--site', outDir, '--quiet']);

const totals = new Map<string, number>();
for (const file of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  for (const [frame, ms] of selfTimes(profile)) {
    const cost = categorise(frame);
    totals.set(cost, (totals.get(cost) ?? 0) + ms);
  }
}
const profiled = [...totals.values()].reduce((a, b) => a + b, 0) / 1000;
const rows = [...totals].sort((a, b) => b[1] - a[1]);
console.log(
  `\nCold build of ${size.toLocaleString('en')} events: astro build ${astroSeconds.toFixed(1)} s wall (${profiled.toFixed(1)} s of CPU profiled on its main thread), Pagefind ${pagefindSeconds.toFixed(1)} s.\n`,
);
console.log('| cost | time | share of the profile |\n| --- | ---: | ---: |');
for (const [cost, ms] of rows)
  console.log(`| ${cost} | ${(ms / 1000).toFixed(1)} s | ${((ms / 1000 / profiled) * 100).toFixed(0)} % |`);
