/** YAML parses strictly: no duplicate keys, nothing the parser has to guess at. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ContentError } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const yamlSyntax: FileCheck = { name: 'yaml-syntax', rule: 'a data file or frontmatter block is valid YAML' };

/** Reads YAML text (a data file or a frontmatter block, already decoded), naming the file on error. */
export function parseYamlText(text: string, file: string, lineOffset = 0): unknown {
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
