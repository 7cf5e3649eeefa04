import { describe, expect, it } from 'vitest';
import { disputedMeasures, figureText } from '../../src/lib/model/comparisons.ts';
import { niceCeiling, spreadChart, CHART, NARROW_CHART_WIDTH } from '../../src/lib/view/chart.ts';
import { csvField } from '../../src/lib/site/export.ts';
import { realContent } from './real-content.ts';

const { model } = realContent();
const measure = (key: string) => model.measures.find((m) => m.measure === key)!;

describe('figures across the articles', () => {
  it('sets the Ain Issa counts side by side and says they disagree', () => {
    const ain = measure('ain-issa-escapees');
    expect(ain.figures.map((f) => f.given)).toEqual(['100', 'Hundreds', 'almost 800', '950']);
    expect(ain.verdict).toBe('disagree');
    expect(ain.summary).toBe('Sources disagree: 100 to 950 people');
    expect(ain.figures.find((f) => f.given === '100')?.speaker).toMatchObject({
      person: { id: 'sohr' },
      inferred: true,
    });
  });

  it("keeps the UN's displaced of 13 October apart from The Sun's 300,000 of 20 October", () => {
    const fled = measure('people-displaced');
    expect(fled.figures.map((f) => [f.given, f.asOf.iso])).toEqual([
      ['130,000', '2019-10-13'],
      ['more than 130,000', '2019-10-13'],
    ]);
    const sun = measure('kurds-displaced-since-us-pull-out');
    expect(sun.figures.map((f) => [f.given, f.asOf.iso])).toEqual([['300,000', '2019-10-20']]);
    // No longer read as one count growing into the other.
    expect(fled.verdict).toBe('roughly-agree');
  });

  it('finds the 20-mile and the 30 km safe zone roughly the same, with the conversion shown', () => {
    const zone = measure('safe-zone-depth');
    expect(zone.verdict).toBe('roughly-agree');
    expect(zone.summary).toBe('Sources roughly agree: 30 to 32 km');
    expect(zone.figures.find((f) => f.unit === 'miles')?.converted).toBe('about 32 km');
  });

  it('shows no conversion where every figure has one unit', () => {
    const oneUnit = model.measures.filter(
      (m) => m.figures.length > 1 && new Set(m.figures.map((f) => f.unit)).size === 1,
    );
    expect(oneUnit.length).toBeGreaterThan(0);
    for (const m of oneUnit) {
      expect(
        m.figures.every((f) => f.converted === undefined),
        m.measure,
      ).toBe(true);
      expect(m.summary, m.measure).toMatch(new RegExp(` ${m.figures[0]!.unit}$`));
    }
  });

  it('flags the events whose sources disagree, and only those', () => {
    expect(disputedMeasures(model.forEvent('2019-10-13-ain-issa-camp-escape')).map((m) => m.measure)).toEqual([
      'ain-issa-escapees',
    ]);
    expect(disputedMeasures(model.forEvent('2019-10-09-turkish-offensive-begins')).map((m) => m.measure)).toEqual([
      'kurdish-fighters-killed',
    ]);
    expect(disputedMeasures(model.forEvent('2018-12-15-coalition-airstrikes'))).toEqual([]);
  });

  it('keeps a figure about something else out of a comparison: camps are not the Ain Issa camp, troops alongside the Kurds are not all the troops in Syria', () => {
    expect(measure('ain-issa-escapees').figures.map((f) => f.claim.id)).not.toContain(
      'hundreds-is-prisoners-broke-out',
    );
    expect(measure('is-prisoners-broke-out-kurdish-camps').figures).toHaveLength(1);
    expect(measure('us-troops-in-syria').figures.map((f) => f.given)).toEqual(['more than 2,000', '2,000']);
    expect(measure('us-troops-alongside-kurds').figures.map((f) => f.given)).toEqual(['About 1,000']);
  });
});

describe('wording and drawing', () => {
  it('writes the unit once', () => {
    expect(figureText('950', 'people')).toBe('950 people');
    expect(figureText('20-mile', 'miles')).toBe('20-mile');
    expect(figureText('a week', 'days')).toBe('a week'); // not "a week days"
    expect(figureText('about 10', 'vehicles')).toBe('about 10 vehicles');
    expect(figureText('some 30km', 'km')).toBe('some 30km');
    expect(figureText('hundreds', 'people')).toBe('hundreds of people');
  });

  it('draws the chart on a round scale, bounds running off the edge', () => {
    expect(niceCeiling(1045)).toBe(1200);
    expect(niceCeiling(35.4)).toBe(40);
    const chart = spreadChart(measure('civilians-killed'));
    const bound = chart.rows.find((row) => row.open)!;
    expect(bound.x2).toBe(CHART.right);
    expect(chart.ticks.at(-1)?.x).toBe(CHART.right);
  });

  it('keeps every chart label inside its drawing, clear of every bar, tick label and gridline, wide and on a phone', () => {
    for (const [width, fontSize] of [
      [CHART.width, 11],
      [NARROW_CHART_WIDTH, 12.5],
    ] as const) {
      for (const m of model.measures) {
        const chart = spreadChart(m, width, fontSize);
        // Each bar's band (and its gridline segments) spans y ± CHART.band; a line of text spans its ascent and descent.
        const bands = chart.rows.map((row) => [row.y - CHART.band, row.y + CHART.band] as const);
        for (const row of chart.rows) {
          for (const line of row.lines) {
            const where = `${m.measure} "${line.text}" at ${width}`;
            expect(row.labelX, where).toBeGreaterThanOrEqual(0);
            expect(row.labelX + line.text.length * fontSize * 0.6, where).toBeLessThanOrEqual(width + 1e-9);
            const [top, bottom] = [line.y - fontSize * 0.8, line.y + fontSize * 0.25];
            for (const [from, to] of bands) expect(bottom <= from || top >= to, where).toBe(true);
            expect(bottom, where).toBeLessThanOrEqual(chart.axisY);
          }
        }
        const spans = chart.ticks.map((tick): [number, number] => {
          const w = tick.label.length * fontSize * 0.6;
          return tick.anchor === 'start'
            ? [tick.x, tick.x + w]
            : tick.anchor === 'end'
              ? [tick.x - w, tick.x]
              : [tick.x - w / 2, tick.x + w / 2];
        });
        for (const [i, span] of spans.entries()) {
          expect(span[0], `${m.measure} tick ${i} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(span[1], `${m.measure} tick ${i} at ${width}`).toBeLessThanOrEqual(width);
          if (i > 0)
            expect(span[0] - spans[i - 1]![1], `${m.measure} ticks ${i - 1}, ${i} at ${width}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('says on each bar whose figure it is, speaker and publisher', () => {
    const labels = spreadChart(measure('ain-issa-escapees'), NARROW_CHART_WIDTH, 12.5).rows.map((row) => row.label);
    expect(labels).toContain('100 · attributed to Syrian Observatory for Human Rights · BBC News');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('more than 2,000')).toBe('"more than 2,000"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(950)).toBe('950');
  });

  it('writes text a spreadsheet would run as a formula as text: a single quote before it (OWASP)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}HYPERLINK("https://evil.example","x")`)).toBe(
        `"'${start}HYPERLINK(""https://evil.example"",""x"")"`,
      );
    }
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField(-5)).toBe('-5');
  });
});
