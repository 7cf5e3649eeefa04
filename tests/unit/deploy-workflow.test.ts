/** The GitHub Pages workflow cannot run here; its YAML is read and its shape checked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteConfig } from '../../src/lib/site/site.ts';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  steps: Step[];
  environment?: { name: string };
}
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'), { strict: true, uniqueKeys: true }) as {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const { build, deploy } = workflow.jobs as { build: Job; deploy: Job };

describe('the GitHub Pages workflow', () => {
  it('runs on pushes to main with the permissions Pages needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('builds with the address and base path GitHub Pages gives, and uploads dist/', () => {
    const pages = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const step = build.steps.find((s) => s.run === 'npm run build');
    expect(step?.env).toEqual({
      SITE_URL: `\${{ steps.${pages?.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages?.id}.outputs.base_path }}/`,
    });
    // What the build's config becomes once GitHub fills those in, for a project site
    // (base_path "/syria-timeline") and for a user site (base_path "").
    const filled = (outputs: Record<string, string>) =>
      siteConfig(
        Object.fromEntries(
          Object.entries(step!.env!).map(([name, value]) => [
            name,
            value.replace(/\$\{\{ steps\.[\w-]+\.outputs\.(\w+) \}\}/g, (_, key: string) => outputs[key]!),
          ]),
        ),
      );
    expect(filled({ origin: 'https://owner.github.io', base_path: '/syria-timeline' })).toMatchObject({
      url: 'https://owner.github.io',
      base: '/syria-timeline/',
    });
    expect(filled({ origin: 'https://owner.github.io', base_path: '' })).toMatchObject({
      url: 'https://owner.github.io',
      base: '/',
    });
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
    expect(build.steps.indexOf(upload!)).toBeGreaterThan(build.steps.indexOf(step!));
  });

  it('installs exactly the lock file with npm ci, on the Node named in .nvmrc', () => {
    const setup = build.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    const install = build.steps.find((step) => step.run?.startsWith('npm '));
    expect(install?.run).toMatch(/^npm ci\b/);
    expect(build.steps.indexOf(install!)).toBeLessThan(build.steps.findIndex((s) => s.run === 'npm run build'));
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci\b/m);
  });

  it("keeps Astro's cache and the last dist/ together between runs, restored before the build", () => {
    const caches = build.steps.filter((step) => step.uses?.startsWith('actions/cache@'));
    const astro = caches.find((step) => String(step.with?.['path']).includes('node_modules/.astro'));
    const paths = String(astro?.with?.['path']).trim().split('\n');
    expect(paths).toEqual(['node_modules/.astro', 'dist']);
    // A new key each run, restored from the latest: the saved pair is always the last build's.
    expect(astro?.with?.['key']).toContain('${{ github.run_id }}');
    expect(astro?.with?.['restore-keys']).toBeTruthy();
    expect(caches.some((step) => step.with?.['path'] === 'node_modules/.cache/preview-images')).toBe(true);
    const buildStep = build.steps.findIndex((s) => s.run === 'npm run build');
    for (const cache of caches) expect(build.steps.indexOf(cache)).toBeLessThan(buildStep);
  });

  it('deploys after the build, with every action pinned to a major version', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    for (const step of [...build.steps, ...deploy.steps].filter((s) => s.uses))
      expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});
