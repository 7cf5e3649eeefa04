/**
 * Loaded into every Node process of a measured build (`node --import`, through
 * `NODE_OPTIONS`) when `MEMORY_PROBE_DIR` is set: samples `process.memoryUsage()` every
 * 100 ms and, when the process exits, writes its peak into that folder, split into what
 * V8 holds for the main thread, what Buffers hold outside it, and the rest (worker threads'
 * heaps, native add-ons such as the image painter, code). This is the benchmark's memory profile.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { ProcessMemory } from './results.ts';

const dir = process.env.MEMORY_PROBE_DIR;
// Worker threads share the process: only its main thread samples it.
if (dir && isMainThread) {
  const started = performance.now();
  const MiB = 2 ** 20;
  let peak = process.memoryUsage();
  let peakAt = 0;
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) {
      peak = now;
      peakAt = performance.now() - started;
    }
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    const record: ProcessMemory = {
      command: process.argv
        .slice(1, 3)
        .map((arg) => arg.replace(/^.*\/node_modules\/(?:\.bin\/)?/, '').replace(`${process.cwd()}/`, ''))
        .join(' '),
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      peakAtSeconds: Number((peakAt / 1000).toFixed(1)),
      rssMiB: Math.round(peak.rss / MiB),
      heapUsedMiB: Math.round(peak.heapUsed / MiB),
      heapTotalMiB: Math.round(peak.heapTotal / MiB),
      externalMiB: Math.round(peak.external / MiB),
    };
    writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(record));
  });
}
