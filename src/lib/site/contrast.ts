/**
 * Colour contrast as WCAG 2.2 defines it, to check the site's palette in both themes.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** `#1d4e89` or `#fff` → [r, g, b] in 0–255. */
export function parseHex(colour: string): [number, number, number] {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: "${colour}"`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** @see https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (no contrast) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Level AA: 4.5:1 for body text, 3:1 for large text and for the parts of controls and graphics. */
export const AA_TEXT = 4.5;
export const AA_LARGE_OR_GRAPHIC = 3;
