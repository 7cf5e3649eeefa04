/**
 * Draws the preview images a build lacks while the build renders its pages: the image
 * endpoints queue every SVG they will serve from `getStaticPaths()` (`queuePreviews`), and
 * threads of their own (one fewer than the cores; the build's own thread renders pages on
 * the last) draw the queue from its end. Astro renders the HTML pages before the image
 * endpoints, so most images are drawn by the time their endpoint asks for one
 * (`pooledPng`); an image the threads have not reached yet is drawn there and then, from
 * the queue's other end, so that the two never wait for each other. Images already in the
 * cache are not drawn again; the bytes are the same whichever thread draws them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cachedPng, cacheFile, defaultCacheDir, drawToCache, previewSvg, type PreviewText } from './preview-image.ts';
import type { DrawJob, DrawReply } from './preview-worker.ts';

// Resolved from the project root, as the fonts are: the endpoints that call this are bundled elsewhere.
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'site', 'preview-worker.ts');

/** Below this many images, starting a thread (it loads the painter and the fonts) costs more than it saves. */
const FEW = 4;

/** One pool for a whole build, whichever bundle of the endpoints asks. */
export class PreviewPool {
  /** Images not yet drawn, by cache file, in the order they were queued. */
  readonly #queued = new Map<string, string>();
  /** The same files, as a stack the threads take from (files already taken are skipped). */
  readonly #stack: string[] = [];
  /** Images a thread is drawing now, each settled when its reply comes. */
  readonly #drawing = new Map<string, Promise<void>>();
  readonly #threads: number;
  #running = 0;

  constructor(
    readonly cacheDir = defaultCacheDir(),
    threads = availableParallelism() - 1,
  ) {
    this.#threads = Math.max(0, threads);
  }

  /** Queues every SVG whose image is not in the cache; returns how many were queued. */
  queue(svgs: readonly string[]): number {
    let added = 0;
    for (const svg of svgs) {
      const file = cacheFile(svg, this.cacheDir);
      if (this.#queued.has(file) || this.#drawing.has(file) || existsSync(file)) continue;
      this.#queued.set(file, svg);
      this.#stack.push(file);
      added++;
    }
    if (this.#queued.size >= FEW) while (this.#running < this.#threads) this.#start();
    return added;
  }

  /** The PNG of an SVG: drawn by a thread, drawn here if no thread has taken it yet, or read from the cache. */
  async png(svg: string): Promise<Buffer> {
    const file = cacheFile(svg, this.cacheDir);
    const queued = this.#queued.get(file);
    if (queued !== undefined) {
      this.#queued.delete(file);
      return drawToCache(queued, file);
    }
    const drawing = this.#drawing.get(file);
    if (drawing) {
      await drawing;
      return readFileSync(file);
    }
    return cachedPng(svg, this.cacheDir).png;
  }

  /** Resolves when every queued image is drawn (by the threads or by `png`). */
  async drained(): Promise<void> {
    while (this.#queued.size > 0 || this.#drawing.size > 0) {
      const next = this.#take();
      if (next) drawToCache(next.svg, next.file);
      else await Promise.allSettled(this.#drawing.values());
    }
  }

  /** The queued job nearest the queue's end, taken out of the queue. */
  #take(): DrawJob | undefined {
    while (this.#stack.length > 0) {
      const file = this.#stack.pop()!;
      const svg = this.#queued.get(file);
      if (svg === undefined) continue; // drawn by `png` already
      this.#queued.delete(file);
      return { svg, file };
    }
    return undefined;
  }

  /** A thread that draws jobs from the queue's end, one at a time, and ends when none is left. */
  #start(): void {
    this.#running++;
    const worker = new Worker(WORKER_FILE);
    let current: { file: string; settle: (error?: Error) => void } | undefined;
    const next = () => {
      const job = this.#take();
      if (!job) {
        current = undefined;
        void worker.terminate();
        return;
      }
      let settle!: (error?: Error) => void;
      const done = new Promise<void>((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
      });
      done.catch(() => {}); // the error reaches whoever awaits the image; an image nobody asks for is not needed
      this.#drawing.set(job.file, done);
      current = { file: job.file, settle };
      worker.postMessage(job);
    };
    const finish = (error?: Error) => {
      if (!current) return;
      this.#drawing.delete(current.file);
      current.settle(error);
    };
    worker.on('message', (reply: DrawReply) => {
      finish('error' in reply ? new Error(`preview image ${reply.file}: ${reply.error}`) : undefined);
      next();
    });
    // A thread that fails fails its image; the images still queued are drawn by `png`.
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => {
      this.#running--;
      finish(new Error(`preview image thread stopped with code ${code}`));
    });
    next();
  }
}

const POOL = Symbol.for('syria-timeline.preview-pool');
type WithPool = typeof globalThis & { [POOL]?: PreviewPool };

/** The build's pool, for the default cache folder. */
export function previewPool(): PreviewPool {
  return ((globalThis as WithPool)[POOL] ??= new PreviewPool());
}

/** Queues the images of `svgs` that the cache lacks, to be drawn while the build renders pages. */
export const queuePreviews = (svgs: readonly string[]): number => previewPool().queue(svgs);

/** The PNG of an SVG, for an image endpoint's `GET`. */
export const pooledPng = (svg: string): Promise<Buffer> => previewPool().png(svg);

/**
 * An image route's paths, each image queued to be drawn: only the text is kept for each
 * path, and its SVG is laid out again when the image is written (`previewResponse`).
 */
export function queuedPreviewPaths<Path extends { readonly props: { readonly text: PreviewText } }>(
  paths: readonly Path[],
): readonly Path[] {
  queuePreviews(paths.map((path) => previewSvg(path.props.text)));
  return paths;
}

/** An image route's `GET` answer: the PNG of a preview text. */
export async function previewResponse(text: PreviewText): Promise<Response> {
  const png = await pooledPng(previewSvg(text));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
