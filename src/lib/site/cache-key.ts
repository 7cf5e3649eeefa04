/**
 * A page's cache key for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs): a digest of everything the page shows, so that a page is rendered
 * again exactly when what it shows changes, and restored from the last build otherwise.
 * Astro adds its own hash of the route's code; content is not in that hash, so whatever a
 * page shows of the content must be in what is digested here.
 */
import { createHash } from 'node:crypto';

/**
 * The JSON of the values, with Maps and Sets written out (JSON would write `{}`) and key
 * order kept (a page iterates in that order). A function cannot be digested: what it would
 * give the page must be computed into the view model first.
 */
function serialize(values: readonly unknown[]): string {
  return JSON.stringify(values, (key, value: unknown) => {
    if (value instanceof Map) return { $map: [...value] };
    if (value instanceof Set) return { $set: [...value] };
    if (typeof value === 'function') throw new TypeError(`a cache key cannot digest the function "${key}"`);
    if (typeof value === 'bigint') return `${value}n`;
    return value;
  });
}

/** The key of a page that shows these values (its props, and what its layout reads). */
export function cacheKey(...shown: readonly unknown[]): string {
  return createHash('sha256').update(serialize(shown)).digest('base64url');
}
