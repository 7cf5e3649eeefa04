/**
 * `content/site.yaml`: who publishes the site and how a reader reports an error. The file
 * is the deployer's to fill in; an empty field is no error (the pages then say that it is
 * not set), a malformed one is, naming the file and the field.
 * @see https://thetrustproject.org/trust-project-indicators/ (ownership, actionable feedback)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ContentError } from './errors.ts';
import { parsePartialDate } from './dates.ts';
import { forbiddenCharacterMessage, singleLineMessage, webUrlMessage } from './characters.ts';

export const SETTINGS_FILE = 'site.yaml';

export interface SiteSettings {
  /** The site's publisher, where the file names one. */
  readonly publisher: { readonly name: string; readonly url: string | undefined } | undefined;
  /** Where to report an error: `mailto:` for an email address, else the page's address. */
  readonly contact: { readonly text: string; readonly href: string } | undefined;
  /** The day the content was first published, `2026-11-20`. */
  readonly published: string | undefined;
}

export const NO_SETTINGS: SiteSettings = { publisher: undefined, contact: undefined, published: undefined };

// No colon before the @: `https://user:pass@host` is a web address with a password, not an email.
const EMAIL = /^[^\s@<>":]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const KEYS = ['publisher', 'contact', 'published'];

const webAddress = (text: string) => webUrlMessage(text) === undefined;

/** Why a setting cannot be shown as one line of a page, if it cannot. */
const unshowable = (value: string) => forbiddenCharacterMessage(value) ?? singleLineMessage(value);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value == null ? '' : undefined);

/** Reads and checks `<dir>/site.yaml`; a missing file is an empty one. */
export function readSiteSettings(
  dir: string,
  cwd = process.cwd(),
  today = new Date(),
): { settings: SiteSettings; errors: ContentError[] } {
  const path = join(dir, SETTINGS_FILE);
  const file = relative(cwd, path) || path;
  if (!existsSync(path)) return { settings: NO_SETTINGS, errors: [] };
  const errors: ContentError[] = [];
  const fail = (field: string, problem: string) => errors.push(new ContentError(file, field, problem));
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    fail('(file)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { settings: NO_SETTINGS, errors };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    fail('(file)', 'must be a mapping of publisher, contact and published');
    return { settings: NO_SETTINGS, errors };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.includes(key)) fail(key, `is not a setting: the settings are ${KEYS.join(', ')}`);
  }

  let publisher: SiteSettings['publisher'];
  const rawPublisher = record.publisher ?? {};
  if (typeof rawPublisher !== 'object' || Array.isArray(rawPublisher)) {
    fail('publisher', 'must be a mapping with name and url');
  } else {
    const { name, url, ...rest } = rawPublisher as Record<string, unknown>;
    for (const key of Object.keys(rest)) fail(`publisher.${key}`, 'is not a setting: a publisher has a name and a url');
    const n = text(name);
    const u = text(url);
    if (n === undefined) fail('publisher.name', 'must be text');
    else if (unshowable(n)) fail('publisher.name', unshowable(n)!);
    if (u === undefined) fail('publisher.url', 'must be text');
    else if (u !== '' && !webAddress(u)) fail('publisher.url', `“${u}” is not a web address (https://…): ${webUrlMessage(u)}`);
    if (u && !n) fail('publisher.name', 'is empty: a publisher with an address needs its name');
    if (n) publisher = { name: n, url: u || undefined };
  }

  let contact: SiteSettings['contact'];
  const c = text(record.contact);
  if (c === undefined) fail('contact', 'must be text: an email address or a web address');
  else if (unshowable(c)) fail('contact', unshowable(c)!);
  else if (c !== '') {
    if (EMAIL.test(c)) contact = { text: c, href: `mailto:${c}` };
    else if (webAddress(c)) contact = { text: c, href: c };
    else {
      const why = /^https?:/i.test(c) ? `: ${webUrlMessage(c)}` : '';
      fail('contact', `“${c}” is neither an email address nor a web address (https://…)${why}`);
    }
  }

  let published: string | undefined;
  const p = text(record.published);
  if (p === undefined) fail('published', 'must be a date in quotes, "YYYY-MM-DD"');
  else if (p !== '') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(p) ? parsePartialDate(p) : undefined;
    if (!date) fail('published', `“${p}” is not a day, YYYY-MM-DD`);
    else if (date.start > today) fail('published', `${p} is in the future`);
    else published = p;
  }
  return { settings: { publisher, contact, published }, errors };
}

/** What the file leaves unset, in words for the build's one line: "no publisher and no contact". */
export function unsetSettings(settings: SiteSettings): string | undefined {
  const missing = [!settings.publisher && 'no publisher', !settings.contact && 'no contact'].filter(Boolean);
  return missing.length > 0 ? missing.join(' and ') : undefined;
}
