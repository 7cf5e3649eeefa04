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
  const odd = notANumber(data);
  if (odd.length > 0) {
    for (const { path, value } of odd) {
      const what = Number.isNaN(value) ? 'is NaN (".nan"), not a number' : `is infinite ("${value > 0 ? '' : '-'}.inf")`;
      errors.push(
        new ContentError(file, `${prefix}${fieldName(path)}`.replace(/^\./, '') || '(root)', `${what}: write the number itself`),
      );
    }
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push(
      new ContentError(file, `${prefix}${fieldName(issue.path)}`.replace(/^\./, '') || '(root)', issue.message),
    );
  }
  return undefined;
}

/** Every `.nan` and `.inf` YAML gave as a number, with its path; walked without recursion. */
function notANumber(data: unknown): { path: (string | number)[]; value: number }[] {
  const found: { path: (string | number)[]; value: number }[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) found.push({ path, value });
    else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return found.reverse();
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
