/**
 * Every built page is valid HTML by html-validate, with the project's `.htmlvalidate.json`
 * (the recommended rules; docs/testing.md says which two are adjusted and why), and carries
 * nothing that could run or load from elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, requireDist } from './dist.ts';
import { htmlErrors, htmlPagesIn, inertnessProblems, validator } from './page-checks.ts';
import { movedPages } from '../../src/data/redirects.ts';

/**
 * The pages that moved forward the reader by design (src/pages/[...moved].astro): their
 * refresh waits a second so that their script can keep a `#claim-…` part. Only that is
 * allowed them.
 */
const moved = new Set(movedPages().map(({ from }) => `${from}index.html`));
const isMovedRefresh = (file: string, problem: string) =>
  moved.has(file) && (problem === '<meta http-equiv="refresh">' || problem.includes(' meta-refresh: '));

beforeAll(requireDist);

describe('the HTML of the built site', () => {
  it('is checked by a validator that does report mistakes', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="x.png"><a id="a"></a><a id="a"></a><p id="two words">x</p></body></html>',
      'sample.html',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['close-order', 'wcag/h37', 'no-dup-id', 'valid-id']));
  });

  it('has every page valid, with zero errors', async () => {
    expect(htmlPagesIn(DIST).length).toBeGreaterThan(20);
    const errors = await htmlErrors(DIST);
    expect(errors.filter((error) => !isMovedRefresh(error.split(':')[0]!, error))).toEqual([]);
  });

  it('is checked for inertness by a check that does find script, handlers and unsafe URLs', () => {
    const problems = inertnessProblems(
      '<p onclick="x()"><a href=" javascript:alert(1)">a</a><img src="data:image/svg+xml,x"><iframe src="/x"></iframe><script>alert(1)</script><script src="/_astro/a.js"></script></p>' +
        '<form action="https://example.org/collect" method="post"></form><form action="/search/" method="get"></form>',
    );
    // The site's own search form (GET to its search page) is allowed; any other form is not.
    expect(problems).toHaveLength(6);
    expect(problems.filter((problem) => problem === '<form>')).toHaveLength(1);
  });

  it("has no page with script, handlers, frames or unsafe URLs that are not the site's own", () => {
    for (const file of htmlPagesIn(DIST)) {
      const problems = inertnessProblems(readFileSync(join(DIST, file), 'utf8'));
      expect(
        problems.filter((problem) => !isMovedRefresh(file, problem)),
        file,
      ).toEqual([]);
    }
  });
});
