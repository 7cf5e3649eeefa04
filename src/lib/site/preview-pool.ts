/**
 * Draws the preview images a build lacks on every core at once: the image endpoints call
 * this from `getStaticPaths()` with every SVG they will serve, and their `GET` then reads
 * each image from the cache. Images already in the cache are not drawn again; the bytes
 * are the same whichever thread draws them.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheFile, defaultCacheDir, drawToCache } from './preview-image.ts';
import type { DrawJob, DrawReply } from './preview-worker.ts';

// Resolved from the project root, as the fonts are: the endpoints that call this are bundled elsewhere.
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'site', 'preview-worker.ts');

/** Below this many images, starting threads (each loads resvg and the fonts) costs more than it saves. */
const FEW = 4;

/** Draws every SVG whose image is not in the cache; resolves with how many were drawn. */
export async function drawPreviews(
  svgs: readonly string[],
  cacheDir = defaultCacheDir(),
  threads = availableParallelism(),
): Promise<number> {
  const jobs = new Map<string, DrawJob>();
  for (const svg of svgs) {
    const file = cacheFile(svg, cacheDir);
    if (!jobs.has(file) && !existsSync(file)) jobs.set(file, { svg, file });
  }
  if (jobs.size < FEW || threads < 2) {
    for (const job of jobs.values()) drawToCache(job.svg, job.file);
    return jobs.size;
  }
  const queue = jobs.values();
  const workers = Array.from({ length: Math.min(threads, jobs.size) }, () => new Worker(WORKER_FILE));
  try {
    await Promise.all(workers.map((worker) => drain(worker, queue)));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return jobs.size;
}

/** Feeds one thread jobs from the shared queue until it is empty. */
function drain(worker: Worker, queue: Iterator<DrawJob>): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const job = queue.next();
      if (!job.done) worker.postMessage(job.value);
      else resolve();
    };
    worker.on('message', (reply: DrawReply) => {
      if ('error' in reply) reject(new Error(`preview image ${reply.file}: ${reply.error}`));
      else next();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`preview image thread stopped with code ${code}`));
    });
    next();
  });
}
