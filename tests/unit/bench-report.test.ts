import { describe, expect, it } from 'vitest';
import { GOALS, goalLine, memoryTable } from '../../bench/report.ts';
import type { Build, SizeResult } from '../../bench/results.ts';

const build = (seconds: number, pages: number, peakRssMiB: number): Build => ({ seconds, peakRssMiB, pages });

const weights = {
  heaviestPage: 'index.html',
  heaviestPageGzipBytes: 29 * 1024,
  pagesOverBudget: 0,
  pagefindBytes: 1,
  pagefindFiles: 1,
};

/** A record at `size`; `pageGzipBytes: null` for one made before pages were weighed. */
function result(size: number, pageGzipBytes: number | null = weights.heaviestPageGzipBytes): SizeResult {
  return {
    size,
    articles: size / 2,
    date: '2026-12-02T05:00:00.000Z',
    machine: { cpu: 'x', cores: 2, memoryGiB: 24, kernel: 'k', load: 0, node: 'v24', astro: '7.3.5', hugo: undefined },
    site: build(400, 60_000, 3000),
    rebuild: build(30, 60_000, 2000),
    edited: 'a.md',
    astro: build(20, 5000, 1900),
    ...(pageGzipBytes === null ? {} : { weights: { ...weights, heaviestPageGzipBytes: pageGzipBytes } }),
  };
}

describe('the benchmark’s goals', () => {
  const line = (index: number, r: SizeResult | undefined) => goalLine(GOALS[index]!, r);

  it('states each goal as it is set, with its size and limit', () => {
    expect(GOALS.map((g) => `${g.size} ${g.name} ≤ ${g.show(g.limit)}`)).toEqual([
      '10000 Rebuild after one edit ÷ cold build ≤ 0.10',
      '10000 Time per page ÷ bare Astro’s time per page ≤ 3.00×',
      '10000 Peak RSS ÷ bare Astro’s peak RSS ≤ 1.50×',
      '10000 Heaviest HTML page with its CSS, gzip ≤ 30 KB',
      '1000 Rebuild after one edit ÷ cold build ≤ 0.25',
    ]);
  });

  it('says met, or by how much a goal is missed', () => {
    const r = result(10_000);
    expect(line(0, r)).toBe('- Rebuild after one edit ÷ cold build at 10,000 events (goal ≤ 0.10): 0.07, met');
    // 400 s / 60,000 pages against 20 s / 5,000 pages: 1.67×
    expect(line(1, r)).toMatch(/: 1\.67×, met$/);
    expect(line(2, r)).toBe(
      '- Peak RSS ÷ bare Astro’s peak RSS at 10,000 events (goal ≤ 1.50×): 1.58×, missed by 0.08 (1.1 times the limit)',
    );
    expect(line(3, result(10_000, 60 * 1024))).toBe(
      '- Heaviest HTML page with its CSS, gzip at 10,000 events (goal ≤ 30 KB): 60 KB, missed by 30 KB (2.0 times the limit)',
    );
  });

  it('says so where the record lacks a size or a measurement', () => {
    expect(line(4, undefined)).toMatch(/at 1,000 events \(goal ≤ 0\.25\): not measured in this record$/);
    expect(line(3, result(10_000, null))).toMatch(/not measured in this record$/);
  });
});

describe('the benchmark’s memory profile', () => {
  it('splits each Node process’s peak into the V8 heap, Buffers and the rest', () => {
    const memory = [
      {
        command: 'astro/astro.js build',
        seconds: 300,
        peakAtSeconds: 120.5,
        rssMiB: 2000,
        heapUsedMiB: 900,
        heapTotalMiB: 1100,
        externalMiB: 150,
      },
    ];
    const r = result(10_000);
    const lines = memoryTable([{ ...r, site: { ...r.site, memory } }]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      '| 10,000 | site, cold | `astro/astro.js build` | 2000 MiB | 120.5 s of 300 s | 900 / 1100 MiB | 150 MiB | 750 MiB |',
    );
  });

  it('gives a process that is not Node its RSS alone, after the Node processes of its build', () => {
    const r = result(10_000);
    const native = [{ command: 'pagefind_extended', rssMiB: 3900, peakAtSeconds: 1230.4 }];
    const lines = memoryTable([{ ...r, site: { ...r.site, seconds: 1247, native } }]);
    expect(lines[2]).toBe(
      '| 10,000 | site, cold | `pagefind_extended` (not Node) | 3900 MiB | 1230.4 s of 1247 s | — | — | 3900 MiB |',
    );
  });

  it('is left out for runs made before it was measured', () => {
    expect(memoryTable([result(1000)])).toEqual([]);
  });
});
