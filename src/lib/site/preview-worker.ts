/**
 * One thread of the preview-image pool (`preview-pool.ts`): draws each SVG it is sent into
 * its cache file and answers with the file's path. Run by Node itself, not bundled.
 */
import { parentPort } from 'node:worker_threads';
import { drawToCache } from './preview-image.ts';

export interface DrawJob {
  readonly svg: string;
  readonly file: string;
}

export type DrawReply = { readonly file: string } | { readonly file: string; readonly error: string };

parentPort?.on('message', (job: DrawJob) => {
  try {
    drawToCache(job.svg, job.file);
    parentPort!.postMessage({ file: job.file } satisfies DrawReply);
  } catch (error) {
    parentPort!.postMessage({ file: job.file, error: String((error as Error).stack ?? error) } satisfies DrawReply);
  }
});
