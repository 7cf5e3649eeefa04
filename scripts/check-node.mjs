// @ts-check
/**
 * Refuses, before anything else runs, a Node.js older than package.json's `engines.node`,
 * with a message that says what to install, instead of the stack trace an old Node gives
 * on the TypeScript scripts or Astro. Plain JavaScript: it must run on the Node it refuses.
 * `npm run build`, `npm run dev` and `npm test` run it first.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `">=22.22.0"` as numbers; the only form of `engines.node` this project uses. */
export function minimumVersion(/** @type {string} */ range) {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!match) throw new Error(`package.json: engines.node must read ">=x.y.z", got "${range}"`);
  return match.slice(1).map(Number);
}

/** The reason `version` (`v20.20.2`) will not do, or undefined when it will. */
export function nodeVersionProblem(/** @type {string} */ version, /** @type {string} */ range, pinned = '') {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimumVersion(range);
  const older = need.findIndex((part, i) => (have[i] ?? 0) !== part);
  if (older === -1 || (have[older] ?? 0) > (need[older] ?? 0)) return undefined;
  return [
    `This site needs Node.js ${range} (package.json "engines"); this is Node.js ${version}.`,
    `Install Node.js ${pinned || need.join('.')} (the version in .nvmrc and .node-version):`,
    '  with nvm, fnm or nodenv: run `nvm install`, `fnm use` or `nodenv install` in this folder;',
    '  on Windows: `winget install OpenJS.NodeJS.LTS`, or nvm-windows; or the installer from nodejs.org.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const range = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node;
  const pinned = readFileSync(new URL('.nvmrc', root), 'utf8').trim();
  const problem = nodeVersionProblem(process.version, range, pinned);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
