/**
 * Every built page is valid HTML by html-validate, with the project's `.htmlvalidate.json`
 * (the recommended rules; see the README for the two that are adjusted and why).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles, requireDist } from './dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

beforeAll(requireDist);

describe('the HTML of the built site', () => {
  it('is checked by a validator that does report mistakes', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="x.png"><a id="a"></a><a id="a"></a><p id="two words">x</p></body></html>', 'sample.html');
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['close-order', 'wcag/h37', 'no-dup-id', 'valid-id']));
  });

  it('has every page valid, with zero errors', async () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
