import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  AA_LARGE_OR_GRAPHIC,
  AA_TEXT,
  contrastRatio,
  parseHex,
  relativeLuminance,
} from '../../src/lib/site/contrast.ts';

describe('the contrast function', () => {
  it('gives the WCAG extremes and a known middle value', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the classic "just passes AA" grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(() => parseHex('red')).toThrow(/Not a hex colour/);
  });
});

/** The palette as the site's stylesheet declares it: `--name: light-dark(#light, #dark)`. */
function palette(): Record<'light' | 'dark', Record<string, string>> {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const themes = { light: {} as Record<string, string>, dark: {} as Record<string, string> };
  for (const [, name, light, dark] of css.matchAll(
    /--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi,
  )) {
    themes.light[name!] = light!;
    themes.dark[name!] = dark!;
  }
  return themes;
}

/** Every pair of colours the site puts one on the other, and the contrast each needs. */
const PAIRS: [foreground: string, background: string, minimum: number][] = [
  ['text', 'bg', AA_TEXT],
  ['text', 'surface', AA_TEXT],
  ['text', 'accent-soft', AA_TEXT],
  ['text', 'mark', AA_TEXT],
  ['muted', 'bg', AA_TEXT],
  ['muted', 'surface', AA_TEXT],
  ['accent', 'bg', AA_TEXT],
  ['accent', 'surface', AA_TEXT],
  ['accent', 'accent-soft', AA_TEXT],
  ['bg', 'accent', AA_TEXT], // buttons and the skip link
  ['warn', 'warn-soft', AA_TEXT],
  ['warn', 'bg', AA_TEXT],
  ['focus', 'bg', AA_LARGE_OR_GRAPHIC],
  ['focus', 'surface', AA_LARGE_OR_GRAPHIC],
  ['accent', 'accent-soft', AA_LARGE_OR_GRAPHIC], // the axis dots on a phase band
  ['muted', 'bg', AA_LARGE_OR_GRAPHIC], // input borders and the axis line
  ['text', 'land', AA_TEXT], // the place names on Syria, on the locator map
  ['muted', 'land', AA_TEXT], // the country names
  ['accent', 'land', AA_LARGE_OR_GRAPHIC], // the dots
];

/**
 * Two fills side by side that a reader must tell apart, beside the dashed border that
 * separates them: Syria's land and Turkey's (issue 32: in the dark theme they were nearly one shade).
 */
const ADJACENT_FILLS: [a: string, b: string, minimum: number][] = [['land', 'bg', 1.4]];

describe('the palette meets WCAG AA in both themes', () => {
  const themes = palette();

  it('declares every colour for both themes', () => {
    expect(Object.keys(themes.light).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(themes.dark)).toEqual(Object.keys(themes.light));
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`in the ${theme} theme`, () => {
      const colours = themes[theme];
      for (const [fg, bg, minimum] of PAIRS) {
        expect(colours[fg], `--${fg}`).toBeDefined();
        expect(colours[bg], `--${bg}`).toBeDefined();
        const ratio = contrastRatio(colours[fg]!, colours[bg]!);
        expect(ratio, `--${fg} on --${bg} (${theme}): ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(minimum);
      }
    });
  }
});

describe('the locator map’s land', () => {
  const themes = palette();
  for (const theme of ['light', 'dark'] as const) {
    it(`tells Syria from Turkey in the ${theme} theme`, () => {
      const colours = themes[theme];
      for (const [a, b, minimum] of ADJACENT_FILLS) {
        const ratio = contrastRatio(colours[a]!, colours[b]!);
        expect(ratio, `--${a} beside --${b} (${theme}): ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(minimum);
      }
    });
  }
});
