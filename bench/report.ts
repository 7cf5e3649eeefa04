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

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;

/** Per size: what the cold build's pages weigh, and the search index. */
function weightsTable(results: readonly SizeResult[]): string[] {
  return [
    '| events | heaviest HTML page, with its CSS (gzip) | page | pages over 30 KB gzip | Pagefind index (files) |',
    '| ---: | ---: | --- | ---: | ---: |',
    ...results.map((r) =>
      r.weights
        ? `| ${r.size.toLocaleString('en')} | ${kb(r.weights.heaviestPageGzipBytes)} | \`${r.weights.heaviestPage}\` | ${r.weights.pagesOverBudget.toLocaleString('en')} of ${r.site.pages.toLocaleString('en')} | ${kb(r.weights.pagefindBytes)} (${r.weights.pagefindFiles.toLocaleString('en')}) |`
        : `| ${r.size.toLocaleString('en')} | not measured | — | — | — |`,
    ),
  ];
}

/**
 * The memory profile: each Node process of the site's cold build, its rebuild and bare
 * Astro's build at its own peak, split into the main thread's V8 heap, what Buffers hold outside it, and the rest
 * (the preview images' worker threads, native add-ons, code); then each process that is not
 * Node (Pagefind's indexer), whose RSS is all that can be read of it.
 */
export function memoryTable(results: readonly SizeResult[]): string[] {
  const rows = results.flatMap((r) =>
    (
      [
        ['site, cold', r.site],
        ['site, rebuild', r.rebuild],
        ['bare Astro', r.astro],
      ] as const
    ).flatMap(([build, b]) => [
      ...(b.memory ?? [])
        .filter((p) => p.rssMiB > 0)
        .map(
          (p) =>
            `| ${r.size.toLocaleString('en')} | ${build} | \`${p.command}\` | ${p.rssMiB} MiB | ${p.peakAtSeconds} s of ${p.seconds} s | ${p.heapUsedMiB} / ${p.heapTotalMiB} MiB | ${p.externalMiB} MiB | ${Math.max(0, p.rssMiB - p.heapTotalMiB - p.externalMiB)} MiB |`,
        ),
      // Not Node: its RSS alone, at a time from the start of the whole build.
      ...(b.native ?? []).map(
        (p) =>
          `| ${r.size.toLocaleString('en')} | ${build} | \`${p.command}\` (not Node) | ${p.rssMiB} MiB | ${p.peakAtSeconds} s of ${b.seconds} s | — | — | ${p.rssMiB} MiB |`,
      ),
    ]),
  );
  if (rows.length === 0) return [];
  return [
    '| events | build | Node process | its peak RSS | at | main thread’s V8 heap, used / reserved | outside the heap (Buffers) | the rest: worker threads, native add-ons, code |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ];
}

interface Goal {
  readonly size: number;
  readonly name: string;
  readonly limit: number;
  /** How the value and the limit are written: "0.08", "2.4×", "31.2 KB". */
  readonly show: (value: number) => string;
  readonly value: (r: SizeResult) => number | undefined;
}

/** The goals, as they are set: at 10,000 events, and the rebuild also at 1,000. */
export const GOALS: readonly Goal[] = [
  {
    size: 10_000,
    name: 'Rebuild after one edit ÷ cold build',
    limit: 0.1,
    show: (v) => v.toFixed(2),
    value: (r) => r.rebuild.seconds / r.site.seconds,
  },
  {
    size: 10_000,
    name: 'Time per page ÷ bare Astro’s time per page',
    limit: 3,
    show: (v) => `${v.toFixed(2)}×`,
    value: (r) => r.site.seconds / r.site.pages / (r.astro.seconds / r.astro.pages),
  },
  {
    size: 10_000,
    name: 'Peak RSS ÷ bare Astro’s peak RSS',
    limit: 1.5,
    show: (v) => `${v.toFixed(2)}×`,
    value: (r) => r.site.peakRssMiB / r.astro.peakRssMiB,
  },
  {
    size: 10_000,
    name: 'Heaviest HTML page with its CSS, gzip',
    limit: 30 * 1024,
    show: kb,
    value: (r) => r.weights?.heaviestPageGzipBytes,
  },
  {
    size: 1_000,
    name: 'Rebuild after one edit ÷ cold build',
    limit: 0.25,
    show: (v) => v.toFixed(2),
    value: (r) => r.rebuild.seconds / r.site.seconds,
  },
];

export function goalLine(goal: Goal, result: SizeResult | undefined): string {
  const head = `- ${goal.name} at ${goal.size.toLocaleString('en')} events (goal ≤ ${goal.show(goal.limit)})`;
  const value = result && goal.value(result);
  if (value === undefined) return `${head}: not measured in this record`;
  if (value <= goal.limit) return `${head}: ${goal.show(value)}, met`;
  return `${head}: ${goal.show(value)}, missed by ${goal.show(value - goal.limit).replace(/×$/, '')} (${(value / goal.limit).toFixed(1)} times the limit)`;
}

function goals(byId: Map<number, SizeResult>): string[] {
  return GOALS.map((goal) => goalLine(goal, byId.get(goal.size)));
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
    ...weightsTable(list),
    '',
    ...memoryTable(list),
    '![Cold build time against number of events, log–log: this site, bare Astro and Hugo](performance/build-time.svg)',
    '',
    ...goals(results),
  ].join('\n');
  writeFileSync(
    REPORT_FILE,
    replaceSection(existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, 'utf8') : '', 'bench', section),
  );
}
