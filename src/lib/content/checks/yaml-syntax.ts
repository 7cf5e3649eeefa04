/**
 * YAML parses strictly: no duplicate keys, no tag another parser would refuse, nothing the
 * parser has to guess at, and no alias bomb. One message for the first fault, with its line.
 */
import { parseDocument } from 'yaml';
import { ContentError } from '../errors.ts';
import { MAX_YAML_ALIASES } from '../limits.ts';
import type { FileCheck } from './check.ts';

export const yamlSyntax: FileCheck = { name: 'yaml-syntax', rule: 'a data file or frontmatter block is valid YAML' };

/**
 * Reads YAML text (a data file or a frontmatter block, already decoded), naming the file
 * and line on error. `lineOffset` is the number of lines of the file before `text` starts.
 */
export function parseYamlText(text: string, file: string, lineOffset = 0): unknown {
  const where = (line: number | undefined) => (line === undefined ? '' : ` (line ${line + lineOffset})`);
  // `prettyErrors` gives each error its line; the message's own "at line …" is dropped for ours.
  const doc = parseDocument(text.replace(/\r\n?/g, '\n'), { strict: true, uniqueKeys: true, prettyErrors: true });
  // Only the first fault: those after it are usually the parser losing its place. A warning
  // (an unknown tag such as `!note`, which `yaml` drops and other parsers refuse) is one too.
  const fault = doc.errors[0] ?? doc.warnings[0];
  if (fault) {
    const line = fault.linePos?.[0].line;
    // A tab where indentation goes confuses the parser into messages about something else.
    const tab = /^ *\t/m.exec(text);
    if (tab) {
      const tabLine = INDENT_TAB.test(fault.message) ? line : text.slice(0, tab.index).split('\n').length;
      throw new ContentError(file, '(yaml)', `is not valid YAML${where(tabLine)}: ${TAB_MESSAGE}`);
    }
    if (tooDeep(fault.message)) throw new ContentError(file, '(yaml)', `is not valid YAML${where(line)}: ${DEEP_MESSAGE}`);
    const message = fault.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, '(yaml)', `is not valid YAML${where(line)}: ${message}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // An alias bomb (aliases of aliases of aliases) is refused by `yaml` with a ReferenceError.
    const message = error instanceof Error ? error.message : String(error);
    throw new ContentError(file, '(yaml)', `cannot be read: ${tooDeep(message) ? DEEP_MESSAGE : message}`);
  }
}

const INDENT_TAB = /tabs? .*indent/i;
const TAB_MESSAGE = 'tabs are not allowed for indentation: indent with spaces';

/** Lists or maps nested thousands deep overflow the parser's stack: say so, not "call stack". */
const tooDeep = (message: string) => /maximum call stack size exceeded|too much recursion/i.test(message);
const DEEP_MESSAGE =
  'lists or maps are nested too deep to read (thousands of levels): a content file needs a few';
