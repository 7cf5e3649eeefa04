/**
 * Characters that no page, feed or preview image can carry: control characters (a tab and
 * line breaks apart), non-characters such as U+FFFE, and halves of surrogate pairs. XML
 * refuses them (the preview images are drawn from SVG, the feed is XML) and HTML reports
 * them as parse errors, so the content check refuses them wherever they come from: a raw
 * byte in a file or a YAML escape such as `"\x01"` (markdown reads a character reference
 * such as `&#1;` as U+FFFD itself). Bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) too: they make "evil" display as "live", on a page and in a preview image.
 * @see https://www.w3.org/TR/xml/#charsets
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export interface ForbiddenCharacter {
  /** Where it is in the text (UTF-16 index). */
  readonly index: number;
  /** "the control character U+0001". */
  readonly name: string;
  readonly advice: string;
}

/** The first character of `text` that cannot be published, if any. */
export function firstForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind =
    code >= 0xd800 && code <= 0xdfff && match[0].length === 1
      ? 'half of a surrogate pair'
      : code < 0xa0
        ? 'the control character'
        : (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
          ? 'the bidirectional control'
          : 'the non-character';
  return {
    index: match.index,
    name: `${kind} ${hex}`,
    advice: 'no page can show it: delete it or write the character that was meant',
  };
}

/** A Zod refinement message for text fields (where a YAML escape such as `"\x01"` made one). */
export function forbiddenCharacterMessage(text: string): string | undefined {
  const found = firstForbiddenCharacter(text);
  return found && `contains ${found.name}; ${found.advice}`;
}

/**
 * Characters a reader cannot see: zero-width spaces and joiners, soft hyphens, direction
 * marks (Unicode's format characters). A name or a web address holds none: "Trump" with
 * a zero-width space inside is a second spelling nobody can tell from the first.
 */
const INVISIBLE = /\p{Cf}/u;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

const codeOf = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is not one line of visible text, or undefined when it is. */
export function singleLineMessage(text: string): string | undefined {
  const invisible = INVISIBLE.exec(text);
  if (invisible) return `contains the invisible character ${codeOf(invisible[0])}: delete it`;
  if (LINE_BREAK.test(text)) return 'must be on one line: delete the line break';
  return undefined;
}

/**
 * Why `text` is not a web address a page can link to, or undefined when it is: an
 * absolute http(s) URL, written out in full, with no white space, no character a page
 * cannot carry or a reader cannot see, and no `user:password@` part.
 */
export function webUrlMessage(text: string): string | undefined {
  const forbidden = forbiddenCharacterMessage(text);
  if (forbidden) return forbidden;
  const hidden = /[\s\p{Cf}]/u.exec(text);
  if (hidden) return `contains ${codeOf(hidden[0])}: a web address has no spaces or invisible characters`;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // Written out: `https:example.com` and `https:\\example.com` parse, but only by repair.
  if (!url || !/^https?:\/\/[^/\\]/i.test(text) || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
    return 'expected an absolute http(s) URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password (user:password@): delete them';
  return undefined;
}
