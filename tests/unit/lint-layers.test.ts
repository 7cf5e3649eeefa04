import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The messages ESLint gives for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('the lint rules that keep the layers', () => {
  it('lets a layer import its own layer and lower ones, and only types from astro: modules', async () => {
    const code = [
      "import type { CollectionEntry } from 'astro:content';",
      "import { formatLong } from '../content/dates.ts';",
      "import { plural } from './labels.ts';",
      "export type E = CollectionEntry<'events'>;",
      'export const used = [formatLong, plural];',
    ].join('\n');
    expect(await lint('src/lib/model/example.ts', code)).toEqual([]);
  });

  it('refuses an import of a higher layer, of an astro: module’s values, or of the site above', async () => {
    const messages = await lint(
      'src/lib/model/example.ts',
      [
        "import { layoutAxis } from '../view/axis.ts';",
        "import { getCollection } from 'astro:content';",
        "import { links } from '../../data/timeline.ts';",
        'export const used = [layoutAxis, getCollection, links];',
      ].join('\n'),
    );
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/imports only its own layer or lower ones/);
    expect(messages[1]).toMatch(/import only types from astro: modules/);
    expect(messages[2]).toMatch(/imports nothing from the site that uses it/);
  });

  it('refuses a component that reads src/data/ itself', async () => {
    const messages = await lint(
      'src/components/Example.astro',
      "---\nimport { links } from '../data/timeline.ts';\n---\n<a href={links.home()}>Home</a>\n",
    );
    expect(messages.some((m) => /Components take props only/.test(m))).toBe(true);
  });

  it('holds for the layouts too, and for the content layer that checks permalinks: no file is exempt', async () => {
    for (const file of [
      'src/layouts/BaseLayout.astro',
      'src/layouts/EmbedLayout.astro',
      'src/components/SiteHead.astro',
    ]) {
      const messages = await lint(file, "---\nimport { site } from '../data/timeline.ts';\n---\n<p>{site.title}</p>\n");
      expect(
        messages.some((m) => /Components take props only/.test(m)),
        file,
      ).toBe(true);
    }
    const fromContent = await lint(
      'src/lib/content/permalinks-load.ts',
      "import { paths } from '../site/urls.ts';\nexport const used = paths;\n",
    );
    expect(fromContent.some((m) => /imports only its own layer or lower ones/.test(m))).toBe(true);
  });
});
