/**
 * Checks run on every HTML file of a build, for the real site and for test builds of
 * hostile content: valid HTML (html-validate with the project's `.htmlvalidate.json`),
 * and nothing that could run or load from another place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { unhashedInlineScripts } from '../support/csp.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
export const validator = new HtmlValidate(config);

/** Every HTML page of a build, as paths relative to it (Pagefind's own files left out). */
export function htmlPagesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** html-validate's messages for every page of a build, one `file:line:col rule: message` each. */
export async function htmlErrors(dir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const file of htmlPagesIn(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return errors;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'ping'];
const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file):/i;
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'portal']);

/**
 * A script the site itself ships: a bundled file, JSON-LD, one marked as the site's, or an
 * inline module Astro bundled and hashed into the page's CSP (content cannot add a hash).
 */
function ownScript(src: string | undefined, type: string | undefined, marked: boolean, hashed: boolean): boolean {
  return (
    (src !== undefined && /^\/([\w-]+\/)*_astro\/[\w.-]+\.js$/.test(src)) ||
    type === 'application/ld+json' ||
    marked ||
    (src === undefined && type === 'module' && hashed)
  );
}

/** A form the site itself ships: the search box, which sends its query to the search page by GET. */
function ownForm(action: string | undefined, method: string | undefined): boolean {
  return action !== undefined && /^\/([\w-]+\/)*search\/$/.test(action) && method?.toLowerCase() === 'get';
}

/**
 * What in a page could run or pull something in: scripts that are not the site's own,
 * event-handler attributes, `javascript:`/`data:` URLs, frames and forms, a refresh.
 */
export function inertnessProblems(html: string): string[] {
  const problems: string[] = [];
  // Only script and style are raw text: markup inside <pre> or <noscript> is checked too.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const unhashed = new Set(unhashedInlineScripts(html));
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    const attributes = element.attributes;
    if (
      tag === 'script' &&
      !ownScript(attributes.src, attributes.type, 'data-site-script' in attributes, !unhashed.has(element.rawText))
    ) {
      problems.push(`a script that is not the site's own: ${element.toString().slice(0, 80)}`);
    }
    // An embed's `<base target="_top">` changes no URL; a `<base href>` would.
    const ownBase = tag === 'base' && Object.keys(attributes).join() === 'target' && attributes.target === '_top';
    if (EMBEDDING.has(tag) && !ownBase && !(tag === 'form' && ownForm(attributes.action, attributes.method)))
      problems.push(`<${tag}>`);
    if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh')
      problems.push('<meta http-equiv="refresh">');
    for (const [name, value] of Object.entries(attributes)) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && UNSAFE_SCHEME.test(value))
        problems.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
    }
  }
  return problems;
}
