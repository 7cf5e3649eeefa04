/**
 * `docs/performance.md` is written by two commands (`npm run bench`, `npm run lighthouse`)
 * and by hand: each command owns the text between its own pair of markers.
 */
export function replaceSection(document: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin (written by a script; edits here are overwritten) -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`<!-- ${name}:begin[^>]*-->[\\s\\S]*?<!-- ${name}:end -->`);
  if (pattern.test(document)) return document.replace(pattern, () => block);
  return `${document.trimEnd()}\n\n${block}\n`.trimStart();
}
