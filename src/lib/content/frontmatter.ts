/**
 * Splits a content file into its YAML frontmatter and body, refusing what Astro would
 * misread: a byte-order mark, a missing fence, YAML that does not parse.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError } from './errors.ts';

export interface FrontmatterFile {
  readonly data: unknown;
  readonly body: string;
}

/** Decodes bytes as UTF-8, or names the file that is not. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ContentError(file, '(file)', 'is not valid UTF-8; save it as UTF-8');
  }
}

/** Reads YAML text (a data file or a frontmatter block), naming the file on error. */
export function parseYamlText(text: string, file: string, lineOffset = 0): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new ContentError(file, '(file)', 'starts with a byte-order mark; save it as UTF-8 without BOM');
  }
  try {
    return parseYaml(text.replace(/\r\n?/g, '\n'), { strict: true, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      const where = line === undefined ? '' : ` (line ${line + lineOffset})`;
      throw new ContentError(file, '(yaml)', `is not valid YAML${where}: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}

/** Splits `---\nyaml\n---\nbody`; CRLF line endings are read as LF. */
export function splitFrontmatter(text: string, file: string): FrontmatterFile {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new ContentError(file, '(file)', 'starts with a byte-order mark; save it as UTF-8 without BOM');
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new ContentError(file, '(file)', 'is empty');
  const lines = normalized.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new ContentError(file, '(frontmatter)', 'must start with a line "---" that opens the frontmatter');
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    throw new ContentError(file, '(frontmatter)', 'has no closing "---" line after the frontmatter');
  }
  const data = parseYamlText(lines.slice(1, close).join('\n'), file, 1);
  return { data, body: lines.slice(close + 1).join('\n') };
}
