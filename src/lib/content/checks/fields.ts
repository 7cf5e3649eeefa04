/** Every field fits the content model in `schema.ts`: its type, its allowed values, no unknown keys. */
import type { z } from 'astro/zod';
import { ContentError, fieldName } from '../errors.ts';
import type { FileCheck } from './check.ts';

export const fields: FileCheck = { name: 'fields', rule: 'every field fits the content model (schema.ts)' };

/** The valid data, or `undefined` with one error for each field that does not fit. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix: string,
  errors: ContentError[],
): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(
      new ContentError(file, `${prefix}${fieldName(issue.path)}`.replace(/^\./, '') || '(root)', issue.message),
    );
  }
  return undefined;
}

/** A data file's items (a YAML list), each validated; the invalid ones are left out, named. */
export function validateList<S extends z.ZodType>(
  data: unknown,
  schema: S,
  file: string,
  errors: ContentError[],
): z.output<S>[] {
  if (!Array.isArray(data))
    throw new ContentError(file, '(root)', 'must be a YAML list (each item starting with "- ")');
  return data.flatMap((item, i) => {
    const id = typeof item === 'object' && item && 'id' in item ? ` (${String(item.id)})` : '';
    return validate(schema, item, file, `[${i}]${id}.`, errors) ?? [];
  });
}
