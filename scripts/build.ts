/**
 * `npm run build`: the site into `dist/` (or `OUT_DIR`), for the `SITE_URL` and
 * `BASE_PATH` in the environment. Tests that need another build (a base path, another
 * content folder) call this with their own `OUT_DIR`.
 */
import { spawnSync } from 'node:child_process';

const outDir = process.env.OUT_DIR?.trim() || 'dist';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('astro', ['build', '--outDir', outDir]);
