/**
 * Reads a `_headers` file as Cloudflare Pages does: a path pattern on its own line (`*`
 * matches any rest, `:name` one segment), its headers indented below it, `! Name` removing
 * a header that an earlier matching rule set. Every rule whose pattern matches a path
 * applies, in order; a header set by two of them and not detached is listed twice, so a
 * test can see the overlap that hosts resolve differently.
 */
export interface ParsedRule {
  readonly pattern: string;
  readonly detach: readonly string[];
  readonly headers: readonly (readonly [string, string])[];
}

export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: { pattern: string; detach: string[]; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), detach: [], headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detached) {
      rule.detach.push(detached[1]!);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header outside a rule, or without a colon: "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[a-z]+)/i)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for a request path, in rule order; a name may appear more than once. */
export function headersFor(rules: readonly ParsedRule[], path: string): (readonly [string, string])[] {
  let headers: (readonly [string, string])[] = [];
  for (const rule of rules.filter((rule) => patternRegExp(rule.pattern).test(path))) {
    const detached = new Set(rule.detach.map((name) => name.toLowerCase()));
    headers = [...headers.filter(([name]) => !detached.has(name.toLowerCase())), ...rule.headers];
  }
  return headers;
}
