/** What one benchmark run records for a size: the shapes `report.ts` writes and `chart.ts` draws. */
export interface Build {
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly pages: number;
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

export interface SizeResult {
  readonly size: number;
  readonly articles: number;
  readonly date: string;
  readonly machine: Machine;
  readonly site: Build;
  readonly rebuild: Build;
  readonly edited: string;
  readonly astro: Build;
  readonly hugo?: Build;
}
