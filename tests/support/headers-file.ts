/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a path pattern on its own
 * line (`*` matches any rest, `:name` one segment), its headers indented below it. Every
 * rule whose pattern matches a path applies; a header set by two of them is listed twice,
 * so a test can see the overlap that hosts resolve differently.
 */
export interface ParsedRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [string, string])[];
}

export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
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
  return rules.filter((rule) => patternRegExp(rule.pattern).test(path)).flatMap((rule) => [...rule.headers]);
}
