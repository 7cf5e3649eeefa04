/**
 * The content check: every file is read through the file checks (encoding, YAML,
 * frontmatter, fields, the article's file and body), then every check across entries in
 * `checks/` runs on what was read. It collects every mistake, each named by file and field.
 */
import { article as articleSchema, event as eventSchema, person as personSchema, phase as phaseSchema } from './schema.ts';
import type { CheckedArticle, CheckResult, RawContent, RawFile } from './checked.ts';
import { ContentError } from './errors.ts';
import { blockTexts, parseMarkdown } from '../markdown/markdown.ts';
import { CONTENT_CHECKS } from './checks/index.ts';
import { decodeText } from './checks/encoding.ts';
import { parseYamlText } from './checks/yaml-syntax.ts';
import { splitFrontmatter } from './checks/frontmatter.ts';
import { validate, validateList } from './checks/fields.ts';
import { articleSlug, checkBodySize } from './checks/article-file.ts';
import { checkBodyMarkup } from './checks/body-markup.ts';

export function checkContent(raw: RawContent): CheckResult {
  const errors: ContentError[] = [];
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (error instanceof ContentError) {
        errors.push(error);
        return undefined;
      }
      throw error;
    }
  };
  const readList = <S extends Parameters<typeof validateList>[1]>(file: RawFile, schema: S) =>
    attempt(() => validateList(parseYamlText(decodeText(file.bytes, file.path), file.path), schema, file.path, errors));

  const phases = readList(raw.phases, phaseSchema) ?? [];
  const events = readList(raw.events, eventSchema) ?? [];
  const articles = raw.articles.flatMap((file) => attempt(() => readArticle(file, errors)) ?? []);
  const people = raw.people ? (readList(raw.people, personSchema) ?? []) : [];

  const content = { articles, events, phases, people };
  const files = { events: raw.events.path, phases: raw.phases.path, people: raw.people?.path };
  for (const check of CONTENT_CHECKS) errors.push(...check.run(content, files));
  return { content, errors };
}

function readArticle(file: RawFile, errors: ContentError[]): CheckedArticle | undefined {
  const slug = articleSlug(file.path);
  const { data, body } = splitFrontmatter(decodeText(file.bytes, file.path), file.path);
  checkBodySize(body, file.path);
  const parsed = validate(articleSchema, data, file.path, '', errors);
  const tree = parseMarkdown(body);
  errors.push(...checkBodyMarkup(tree, file.path));
  return parsed && { slug, file: file.path, data: parsed, body, blocks: blockTexts(tree) };
}
