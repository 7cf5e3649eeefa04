/**
 * Captions and chart titles keep the measure's label as written: "IS suspects held by the
 * SDF", never "is suspects held by the sdf" (issue 32). Checked on every page that shows a
 * table of figures, against every label the content gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureLabel } from '../../src/lib/model/measures.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import { htmlFiles, readPage, requireDist } from './dist.ts';

const { content } = checkContentDir('content');
const labels = [
  ...new Set(content.articles.flatMap((a) => a.data.claims.flatMap((c) => (c.figure ? [c.figure.measure] : [])))),
].map(measureLabel);
/** Words that are written in capitals or as names, wherever they stand. */
const PROPER = /\b(IS|ISIS|US|SDF|UK|Ain Issa|Turkey|Turkish|Kurdish|Syria|Syrian)\b/;

describe('the captions of the tables and charts of figures', () => {
  beforeAll(requireDist);
  const captions = () =>
    htmlFiles().flatMap((file) => {
      const page = readPage(file);
      return [
        ...page.querySelectorAll('table.figures > caption').map((el) => ({ file, text: el.text.trim() })),
        ...page.querySelectorAll('.figure-chart svg > title').map((el) => ({ file, text: el.text.trim() })),
      ];
    });

  it('each start with a label the content gives, exactly as written', () => {
    const all = captions();
    expect(all.length).toBeGreaterThan(0);
    const unlabelled = all.filter(({ text }) => !labels.some((label) => text.startsWith(label)));
    expect(unlabelled).toEqual([]);
  });

  it('keep every proper noun and abbreviation of their label: IS, US, SDF, Ain Issa', () => {
    const withNames = labels.filter((label) => PROPER.test(label));
    expect(withNames.length).toBeGreaterThan(0);
    const texts = captions().map(({ text }) => text);
    for (const label of withNames) {
      expect(
        texts.some((text) => text.includes(label)),
        label,
      ).toBe(true);
    }
    const lowered = texts.filter((text) => /\b(is suspects|us troops|the sdf|ain issa)\b/.test(text));
    expect(lowered).toEqual([]);
  });
});
