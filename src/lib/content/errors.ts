import { visibleText } from './visible-text.ts';

/**
 * A mistake in `content/`, named by file and field so an editor can find it. What it
 * quotes from the content is printed with invisible and control characters escaped.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;

  constructor(file: string, field: string, problem: string) {
    super(visibleText(`${file}: ${field}: ${problem}`));
    this.name = 'ContentError';
    this.file = visibleText(file);
    this.field = visibleText(field);
    this.problem = visibleText(problem);
  }
}

/** Writes a Zod issue path as a field name: `claims[3].figure.value`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') ||
    '(root)'
  );
}
