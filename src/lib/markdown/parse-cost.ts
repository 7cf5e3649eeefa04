/**
 * What a body costs the markdown parser, counted in the raw text before parsing. Lines:
 * micromark spends a fraction of a millisecond on each on a busy machine, and setext
 * underlines (`a` then `=`, over and over) cost it more than the square of their count.
 * Markers: what the inline parser has to pair up: every `*`, `_`, `~` or backtick run and every
 * `[` or `]` is a possible delimiter, and micromark's cost grows with their count in a
 * paragraph (emphasis and links are resolved over every opener before each closer) and
 * with their count in the body. A body of `*a` 60,000 times took the check minutes; the
 * articles have at most a few markers a paragraph. Escaped markers (`\*`) are text, not delimiters, and are not counted.
 */
import type { Hazard } from './hazards.ts';

/** A run of one emphasis, strike or code marker, or one bracket, not escaped. */
const MARKER = /\\[\s\S]|([*_~`]+|[[\]])/g;
const BLANK = /^[ \t]*$/;
/**
 * A code span closes on a run of its own length, looked for afresh at each opener: runs
 * of many lengths cost the square of their count. Code needs a run of three at most.
 */
const BACKTICK_RUN = /`{17}/;

export interface CostLimits {
  /** Lines in the body. */
  readonly lines: number;
  /** In one paragraph (lines up to a blank line). */
  readonly perParagraph: number;
  /** In the whole body. */
  readonly perBody: number;
}

/** The first line past the limit of lines, or paragraph (or body) past the limit of markers, if any. */
export function parseCostHazard(body: string, limits: CostLimits): Hazard | undefined {
  const lines = body.split('\n');
  if (lines.length > limits.lines) {
    return {
      line: limits.lines + 1,
      what:
        `has more than ${limits.lines.toLocaleString('en')} lines, more than the markdown parser can read in seconds: ` +
        'an article is paragraphs of sentences, not a line a word',
    };
  }
  const backticks = lines.findIndex((line) => BACKTICK_RUN.test(line));
  if (backticks >= 0) {
    return { line: backticks + 1, what: 'has a run of more than 16 "`": code needs three at most' };
  }
  let inParagraph = 0;
  let paragraphLine = 1;
  let inBody = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      inParagraph = 0;
      paragraphLine = i + 2;
      continue;
    }
    let count = 0;
    for (const match of line.matchAll(MARKER)) if (match[1]) count++;
    inParagraph += count;
    inBody += count;
    if (inParagraph > limits.perParagraph) {
      return { line: paragraphLine, what: tooMany(`this paragraph`, limits.perParagraph) };
    }
    if (inBody > limits.perBody) return { line: i + 1, what: tooMany('the body', limits.perBody) };
  }
  return undefined;
}

function tooMany(where: string, limit: number): string {
  return (
    `has more than ${limit.toLocaleString('en')} emphasis, code or link markers ("*", "_", "~", "\`", "[", "]") in ${where}, ` +
    `more than the markdown parser can pair up in seconds: escape the ones meant as text ("\\*")` +
    (where === 'the body' ? '' : ' or split the paragraph')
  );
}
