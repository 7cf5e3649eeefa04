/**
 * `npm run lock`: makes `package-lock.json` afresh from package.json, the way `npm ci` on any
 * machine needs it. The lock is resolved in an empty scratch folder (no node_modules, no old
 * lock), so it lists the optional binaries of every platform rather than only this
 * machine's; then it is checked (scripts/lock-file.ts) and tried with `npm ci --dry-run`
 * before it replaces the project's lock. Finally `npm install` brings node_modules in line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockProblems } from './lock-file.ts';

const npmFlags = ['--no-audit', '--no-fund'];

function npm(args: string[], cwd: string): void {
  console.log(`$ npm ${args.join(' ')}${cwd === '.' ? '' : `   (in ${cwd})`}`);
  const result = spawnSync('npm', [...args, ...npmFlags], { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm run lock: "npm ${args.join(' ')}" failed; package-lock.json is unchanged`);
    process.exit(result.status ?? 1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'lock-'));
try {
  copyFileSync('package.json', join(scratch, 'package.json'));
  if (existsSync('.npmrc')) copyFileSync('.npmrc', join(scratch, '.npmrc'));
  npm(['install', '--package-lock-only', '--ignore-scripts'], scratch);
  const lockPath = join(scratch, 'package-lock.json');
  const problems = lockProblems(
    JSON.parse(readFileSync(lockPath, 'utf8')),
    JSON.parse(readFileSync('package.json', 'utf8')),
  );
  if (problems.length > 0) {
    console.error(
      `npm run lock: the fresh lock would not do; package-lock.json is unchanged:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  // npm's own check of lock against package.json, the one that makes `npm ci` refuse.
  npm(['ci', '--dry-run', '--ignore-scripts'], scratch);
  copyFileSync(lockPath, 'package-lock.json');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
npm(['install'], '.');
console.log('package-lock.json made afresh and checked; commit it with package.json.');
