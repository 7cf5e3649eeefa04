/**
 * An alias is a form an article prints: one that no article's body contains is the site's
 * own label ("Metro (UK)", a publisher the text never names), and must say so
 * (`siteLabel: true`), so that pages do not list it as the articles' own. See
 * docs/editorial.md, rule 7.
 */
import { ContentError } from '../errors.ts';
import { normalizeForm } from '../people.ts';
import type { ContentCheck } from './check.ts';

export const aliasInArticles: ContentCheck = {
  name: 'alias-in-articles',
  rule: 'an alias occurs in some article body, unless it is marked `siteLabel: true`',
  run(content, files) {
    const peopleFile = files.people;
    if (!peopleFile || files.incomplete?.has('articles') || files.incomplete?.has('people')) return [];
    const bodies = content.articles.map((article) => normalizeForm(article.blocks.join('\n')).toLowerCase());
    return content.people.flatMap((person, i) =>
      person.aliases.flatMap((alias, j) => {
        if (alias.siteLabel) return [];
        const form = normalizeForm(alias.form).toLowerCase();
        if (bodies.some((body) => body.includes(form))) return [];
        return [
          new ContentError(
            peopleFile,
            `[${i}] (${person.id}).aliases[${j}]`,
            `"${alias.form}" is in no article's text: mark it \`siteLabel: true\` if it is the site's own label`,
          ),
        ];
      }),
    );
  },
};
