/**
 * The benchmark's record: every measured size in `docs/performance/bench.json` (a run
 * replaces the sizes it measured and keeps the others, each with its own date and
 * machine), rendered as a table, the goals and a chart into `docs/performance.md`
 * between markers, so the hand-written analysis around them stays.
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartSvg } from './chart.ts';
import { replaceSection } from './sections.ts';
import type { Build, Machine, SizeResult } from './results.ts';

const DOCS = 'docs';
const JSON_FILE = join(DOCS, 'performance', 'bench.json');
const SVG_FILE = join(DOCS, 'performance', 'build-time.svg');
export const REPORT_FILE = join(DOCS, 'performance.md');

export function machineInfo(hugo: string | undefined): Machine {
  const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string };
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    load: Number(loadavg()[0]!.toFixed(2)),
    node: process.version,
    astro: astro.version,
    hugo,
  };
}

export function readResults(): Map<number, SizeResult> {
  if (!existsSync(JSON_FILE)) return new Map();
  const list = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as SizeResult[];
  return new Map(list.map((r) => [r.size, r]));
}

const ms = (b: Build) => ((b.seconds / b.pages) * 1000).toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const opt = (b: Build | undefined, show: (b: Build) => string) => (b ? show(b) : '—');

function table(results: readonly SizeResult[]): string[] {
  return [
    '| events | articles | site pages | site cold | per page | peak RSS | rebuild after one edit | bare Astro (pages) | per page | peak RSS | Hugo (pages) | peak RSS | site ÷ Astro time | site ÷ Astro RSS | rebuild ÷ cold | date |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map((r) =>
      [
        r.size.toLocaleString('en'),
        r.articles.toLocaleString('en'),
        r.site.pages.toLocaleString('en'),
        `${r.site.seconds} s`,
        `${ms(r.site)} ms`,
        `${r.site.peakRssMiB} MiB`,
        `${r.rebuild.seconds} s`,
        `${r.astro.seconds} s (${r.astro.pages.toLocaleString('en')})`,
        `${ms(r.astro)} ms`,
        `${r.astro.peakRssMiB} MiB`,
        opt(r.hugo, (h) => `${h.seconds} s (${h.pages.toLocaleString('en')})`),
        opt(r.hugo, (h) => `${h.peakRssMiB} MiB`),
        ratio(r.site.seconds, r.astro.seconds),
        ratio(r.site.peakRssMiB, r.astro.peakRssMiB),
        ratio(r.rebuild.seconds, r.site.seconds),
        r.date.slice(0, 16).replace('T', ' '),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
  ];
}

function goals(byId: Map<number, SizeResult>): string[] {
  const big = byId.get(10_000);
  const mid = byId.get(1_000);
  if (!big) return ['Goals are judged at 10,000 events, which this record does not hold yet.'];
  const verdict = (value: number, limit: number) =>
    `${value.toFixed(2)} (goal ≤ ${limit}): ${value <= limit ? 'met' : 'missed'}`;
  const lines = [
    `- Site ÷ bare Astro, time at 10,000 events: ${verdict(big.site.seconds / big.astro.seconds, 1.5)}`,
    `- Site ÷ bare Astro, peak memory at 10,000 events: ${verdict(big.site.peakRssMiB / big.astro.peakRssMiB, 1.5)}`,
    `- Site ÷ bare Astro, time per page at 10,000 events: ${(big.site.seconds / big.site.pages / (big.astro.seconds / big.astro.pages)).toFixed(2)} (for comparison, not a goal: the two build different numbers of pages)`,
  ];
  if (mid)
    lines.push(
      `- Time per page, 10,000 ÷ 1,000 events: ${verdict(big.site.seconds / big.site.pages / (mid.site.seconds / mid.site.pages), 1.2)}`,
    );
  lines.push(
    `- Rebuild after one edit ÷ cold build at 10,000 events: ${verdict(big.rebuild.seconds / big.site.seconds, 0.25)}`,
  );
  return lines;
}

export function writeReport(results: Map<number, SizeResult>): void {
  const list = [...results.values()].sort((a, b) => a.size - b.size);
  mkdirSync(join(DOCS, 'performance'), { recursive: true });
  writeFileSync(JSON_FILE, `${JSON.stringify(list, null, 2)}\n`);
  writeFileSync(SVG_FILE, chartSvg(list));
  const machines = [
    ...new Set(
      list.map((r) => {
        const m = r.machine;
        return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Linux ${m.kernel}; Node ${m.node}, Astro ${m.astro}, ${m.hugo ?? 'no Hugo'}; load average ${m.load} at the start`;
      }),
    ),
  ];
  const section = [
    `Machine${machines.length > 1 ? 's' : ''}: ${machines.join(' / ')}.`,
    '',
    ...table(list),
    '',
    '![Cold build time against number of events, log–log: this site, bare Astro and Hugo](performance/build-time.svg)',
    '',
    ...goals(results),
  ].join('\n');
  writeFileSync(
    REPORT_FILE,
    replaceSection(existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, 'utf8') : '', 'bench', section),
  );
}
