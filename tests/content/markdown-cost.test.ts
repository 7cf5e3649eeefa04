/**
 * The worst bodies found for the markdown parser: runs of emphasis, bracket and backtick
 * markers, nested brackets, reference links, setext underlines and list items line after
 * line. Each is either refused before it is parsed or checked in seconds, at any size up to
 * the body limit; at the limits themselves it is accepted and read in seconds too. (Before
 * the limits, `*a` 60,000 times took the check minutes.) The bound is generous: a busy
 * machine, and the work of the whole check and the article's HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { readContentDir } from '../../src/lib/content/load.ts';
import { renderArticleHtml } from '../../src/lib/markdown/markdown.ts';
import {
  MAX_BODY_LINES,
  MAX_INLINE_MARKERS_PER_BODY as PER_BODY,
  MAX_INLINE_MARKERS_PER_PARAGRAPH as PER_PARAGRAPH,
} from '../../src/lib/content/limits.ts';
import { VALID } from '../support/bad-content.ts';

const SECONDS = 30;
const ARTICLE = 'articles/2018-12-19-troops-out.md';
const original = readFileSync(join(VALID, ARTICLE), 'utf8').trimEnd();

/** The check of the valid set with `body` after its article's text: its messages and its time. */
function timedCheck(body: string): { messages: string[]; seconds: number } {
  const raw = readContentDir(VALID, VALID);
  const bytes = new TextEncoder().encode(`${original}\n\n${body}\n`);
  const articles = raw.articles.map((file) => (file.path.endsWith(ARTICLE) ? { ...file, bytes } : file));
  const start = performance.now();
  const { errors } = checkContent({ ...raw, articles });
  if (errors.length === 0) renderArticleHtml(body);
  return { messages: errors.map((error) => error.message), seconds: (performance.now() - start) / 1000 };
}

/** Paragraphs of `unit` as many times as one may hold, as many as the body may hold. */
function atTheLimits(unit: string): string {
  const markers = unit.match(/[*_~`]+|[[\]]/g)!.length;
  const paragraph = unit.repeat(Math.floor(PER_PARAGRAPH / markers));
  // The valid article has a link of its own.
  const count = Math.floor((PER_BODY - 10) / (Math.floor(PER_PARAGRAPH / markers) * markers));
  return Array.from({ length: count }, () => paragraph).join('\n\n');
}

const HUGE: Record<string, string> = {
  '`*a` 60,000 times': '*a'.repeat(60_000),
  '`_a` 60,000 times': '_a'.repeat(60_000),
  '`*_a` 40,000 times': '*_a'.repeat(40_000),
  '`[a` 60,000 times': '[a'.repeat(60_000),
  '30,000 nested brackets': `${'['.repeat(30_000)}a${']'.repeat(30_000)}`,
  '`` `a `` 60,000 times': '`a'.repeat(60_000),
  'backtick runs of every length to 400': Array.from({ length: 400 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(''),
  '3,000 reference definitions and their uses': `${Array.from({ length: 3_000 }, (_, i) => `[r${i}]: /x${i}`).join('\n')}\n\n${'[a][r1] '.repeat(3_000)}`,
  '`a` and `=` on 48,000 lines': 'a\n=\n'.repeat(24_000),
  '48,000 list items': '- a\n'.repeat(48_000),
  '48,000 headings': '# a\n'.repeat(48_000),
};

const AT_LIMITS: Record<string, string> = {
  '`*a` paragraphs': atTheLimits('*a'),
  '`*_a` paragraphs': atTheLimits('*_a'),
  '`[a` paragraphs': atTheLimits('[a'),
  'nested bracket paragraphs': atTheLimits('[[a]]'),
  'backtick runs of every length to 16, in paragraphs': Array.from({ length: Math.floor(PER_BODY / PER_PARAGRAPH) - 1 }, () =>
    Array.from({ length: PER_PARAGRAPH - 1 }, (_, i) => `${'`'.repeat((i % 16) + 1)}a`).join(' '),
  ).join('\n\n'),
  '`a` and `=` on every line allowed': 'a\n=\n'.repeat((MAX_BODY_LINES - 20) / 2),
  'a list item on every line allowed': '- a\n'.repeat(MAX_BODY_LINES - 20),
  'a paragraph on every other line allowed': 'a\n\n'.repeat((MAX_BODY_LINES - 20) / 2),
};

describe('the cost of a body to the markdown parser', () => {
  it.each(Object.entries(HUGE))(`refuses %s, or checks it, in under ${SECONDS} s`, (_, body) => {
    const { seconds } = timedCheck(body);
    expect(seconds).toBeLessThan(SECONDS);
  });

  it.each(Object.entries(HUGE).slice(0, 8))('refuses %s by its count of markers or lines', (_, body) => {
    expect(timedCheck(body).messages).toEqual([
      expect.stringMatching(/: body \(line \d+\): has more than [\d,]+ (emphasis, code or link markers|lines)|: body \(line \d+\): has a run of more than 16 "`"/),
    ]);
  });

  it.each(Object.entries(AT_LIMITS))(`accepts %s at the limits, and checks and renders it in under ${SECONDS} s`, (_, body) => {
    const { messages, seconds } = timedCheck(body);
    expect(messages).toEqual([]);
    expect(seconds).toBeLessThan(SECONDS);
  });
});
