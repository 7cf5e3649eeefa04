/** What one benchmark run records for a size: the shapes `report.ts` writes and `chart.ts` draws. */
export interface Build {
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly pages: number;
  /** The memory profile: each Node process's own peak (missing from older runs). */
  readonly memory?: readonly ProcessMemory[];
  /** Each process that is not Node (Pagefind's indexer) at its own peak (missing from older runs). */
  readonly native?: readonly NativeProcess[];
}

/** One Node process of a build at its peak RSS, as `memory-probe.ts` samples it. */
export interface ProcessMemory {
  /** The script it ran, as `astro/astro.js build` or `scripts/build.ts`. */
  readonly command: string;
  readonly seconds: number;
  /** When, from the process's start, its RSS peaked. */
  readonly peakAtSeconds: number;
  readonly rssMiB: number;
  /** The main thread's V8 heap: in use, and reserved. */
  readonly heapUsedMiB: number;
  readonly heapTotalMiB: number;
  /** Memory of Buffers and other objects held outside the V8 heap (`external`). */
  readonly externalMiB: number;
}

/** A process of a measured build that `memory-probe.ts` cannot see into: only its RSS. */
export interface NativeProcess {
  /** Its program's file name. */
  readonly command: string;
  readonly rssMiB: number;
  /** When its RSS peaked, from the start of the measured command. */
  readonly peakAtSeconds: number;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  /** The 1-minute load average when the run started: the machine is shared. */
  readonly load: number;
  readonly node: string;
  readonly astro: string;
  readonly hugo: string | undefined;
}

/** The cold build's output as a reader gets it (`weights.ts`). */
export interface Weights {
  /** The heaviest HTML page, as a path under the site: `index.html`, `claims/index.html`. */
  readonly heaviestPage: string;
  /** Its HTML with its CSS, gzip (level 9), in bytes. */
  readonly heaviestPageGzipBytes: number;
  /** Pages whose HTML with CSS is over the 30 KB gzip budget. */
  readonly pagesOverBudget: number;
  /** Everything under `pagefind/`: the search index and Pagefind's own scripts, in bytes. */
  readonly pagefindBytes: number;
  readonly pagefindFiles: number;
}

export interface SizeResult {
  readonly size: number;
  readonly articles: number;
  readonly date: string;
  readonly machine: Machine;
  readonly site: Build;
  readonly rebuild: Build;
  readonly edited: string;
  /** Missing from runs made before the benchmark measured page weights. */
  readonly weights?: Weights;
  readonly astro: Build;
  readonly hugo?: Build;
}
