/**
 * Text as a reader sees it, for comparison: white space folded, typographic quotes and
 * dashes read as their plain forms, so an editor's straight quote finds a curly one.
 */
export function normalizeText(text: string): string {
  // The same result as `foldText(text).text`, without keeping origins: the content
  // check normalises every block for every claim, and this is the hot path.
  return text
    .replace(FOLDABLE, (ch) => FOLD[ch]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Folds text, keeping for each folded character the index it came from. */
export function foldText(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      out += ' ';
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    out += ch;
    origin.push(i);
  }
  return { text: out, origin };
}
