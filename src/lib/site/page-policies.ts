/**
 * Every page's CSP `<meta>`, for the host files (src/integrations/host-files.ts): each
 * header policy must allow what every page's own policy allows.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_FOLDER } from './urls.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

const HEAD_END = '</head>';
const CHUNK = 16 * 1024;

/**
 * A page's `<head>`, read from the start of its file: the CSP `<meta>` counts only there,
 * and a rebuild that restores thousands of pages should not read their bodies again.
 */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK);
    let head = '';
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      head += chunk.toString('latin1', 0, read);
      const end = head.indexOf(HEAD_END);
      if (end >= 0) return Buffer.from(head.slice(0, end), 'latin1').toString('utf8');
    }
    return Buffer.from(head, 'latin1').toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A page's CSP `<meta>` contents, as the browser reads them. */
const policiesIn = (head: string) => [...head.matchAll(CSP_META)].map((match) => match[1]!.replace(/&#39;/g, "'"));

/**
 * The policies read from each page by the last build, with the file's time and size then:
 * a rebuild leaves most pages in place (src/integrations/kept-output.ts), and reading the
 * head of 76,000 pages again took 10 s of a 10,000-event rebuild. A page whose time or size
 * changed since is read again.
 */
interface PolicyCache {
  /** Each distinct policy once; pages name theirs by index. */
  readonly policies: string[];
  /** Page file, relative to the output folder: its time (ms), its size, its policies. */
  readonly pages: Record<string, [number, number, number[]]>;
}

function readCache(file: string): PolicyCache {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as PolicyCache;
    if (Array.isArray(cache.policies) && typeof cache.pages === 'object') return cache;
  } catch {
    // None yet, or unreadable: every page is read.
  }
  return { policies: [], pages: {} };
}

/**
 * Every `.html` file below `out`, relative to it, in the order of `readdirSync`'s recursive
 * walk (each folder's entries, then its folders' in turn), but for the search index, which
 * holds no page and, in a rebuild, the last index's 62,000 files at 10,000 events.
 */
function pageFiles(out: string): string[] {
  const files: string[] = [];
  const folders = [''];
  for (const folder of folders)
    for (const entry of readdirSync(join(out, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== SEARCH_FOLDER) folders.push(path);
      } else if (entry.name.endsWith('.html')) files.push(path);
    }
  return files;
}

/** Every page's CSP `<meta>`, in file order, from the last build's record where the page is unchanged. */
export function pagePolicies(out: string, cacheFile: string): string[] {
  const last = readCache(cacheFile);
  const next: PolicyCache = { policies: [], pages: {} };
  const indexOf = new Map<string, number>();
  // Each distinct policy is kept once, copied: a policy matched in a page's head is a slice
  // of that whole head (its inline stylesheet), and kept as it is, it kept the head alive to
  // the end of the build, every page's (194 MiB at 1,000 events).
  const index = (policy: string) => {
    let i = indexOf.get(policy);
    if (i === undefined) indexOf.set(policy, (i = next.policies.push(Buffer.from(policy).toString()) - 1));
    return i;
  };
  const all = pageFiles(out).flatMap((file) => {
    const { mtimeMs, size } = statSync(join(out, file));
    const known = last.pages[file];
    const policies =
      known && known[0] === mtimeMs && known[1] === size
        ? known[2].map((i) => last.policies[i]!)
        : policiesIn(headOf(join(out, file)));
    const indices = policies.map(index);
    next.pages[file] = [mtimeMs, size, indices];
    return indices.map((i) => next.policies[i]!);
  });
  mkdirSync(join(cacheFile, '..'), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(next));
  return all;
}
