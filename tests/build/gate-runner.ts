/**
 * Runs `astro build` (Astro's own `build()`, in this one process, so that a hundred builds
 * cost seconds rather than minutes) on each content folder named on the command line, and
 * prints one JSON line per folder: whether it built, the error it stopped with, and the
 * headlines of the article pages it wrote.
 * Used by `check-and-build-agree.test.ts`; run from the project's root.
 */
import { build } from 'astro';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

for (const dir of process.argv.slice(2)) {
  process.env.CONTENT_DIR = dir;
  const outDir = mkdtempSync(join(tmpdir(), 'gate-dist-'));
  let result: { dir: string; built: boolean; error?: string; stack?: string; headlines?: string[] };
  try {
    await build({ root: process.cwd(), outDir, logLevel: 'silent' });
    result = { dir, built: true, headlines: headlines(join(outDir, 'articles')) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    result = { dir, built: false, error: message, ...(stack ? { stack } : {}) };
  }
  rmSync(outDir, { recursive: true, force: true });
  console.log(JSON.stringify(result));
}

/** The `<h1>` of each article page under `dir`. */
function headlines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((slug) => {
    const page = join(dir, slug, 'index.html');
    const h1 = existsSync(page) ? /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(page, 'utf8'))?.[1] : undefined;
    return h1 === undefined ? [] : [h1.trim()];
  });
}
