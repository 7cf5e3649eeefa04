/**
 * Text as a message prints it: characters that do not show, or that a terminal obeys
 * (control characters, an escape sequence that clears the screen, zero-width and
 * bidirectional marks, line separators), are written as `\u{…}`, never raw. A message
 * names the mistake; it must not hide it, or act on the editor's terminal.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}
