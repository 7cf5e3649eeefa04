import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../src/lib/model/labels.ts';
import { indexPeople, normalizeForm, resolveSpeaker, spellingsInArticles } from '../../src/lib/content/people.ts';
import { sortName } from '../../src/lib/model/claims-model.ts';
import { realContent } from './real-content.ts';

const { content, model } = realContent();
const index = indexPeople(content.people);
const article = (slug: string) => content.articles.find((a) => a.slug === slug)!;
const bbc = article('2019-10-13-hundreds-of-is-relatives-escape-camp');
const sun = article('2019-10-20-us-moves-troops-to-iraq');
const ap = article('2019-01-11-us-official-says-withdrawal-has-begun');

describe('the alias table', () => {
  it('maps every spelling to one entry: IS / ISIS / Islamic State, SDF / Syrian Democratic Forces', () => {
    for (const form of ['IS', 'ISIS', 'Islamic State', 'the Islamic State group'])
      expect(index.lookup(form)?.person.id).toBe('islamic-state');
    for (const form of ['SDF', 'Syrian Democratic Forces', 'the Syrian Democratic Forces'])
      expect(index.lookup(form)?.person.id).toBe('sdf');
    expect(index.lookup('Ayn Issa')?.person.id).toBe('ain-issa');
    expect(index.lookup('Ain Issa')?.person.id).toBe('ain-issa');
  });

  it('keeps misspellings as the articles wrote them, with a note', () => {
    const erodogan = index.lookup('Erodogan');
    expect(erodogan?.person.name).toBe('Recep Tayyip Erdogan');
    expect(erodogan?.alias.note).toMatch(/misspelling/);
    // The entry is named as the article spells her; the spelling from outside is the site's own label.
    expect(index.lookup('Hervin Khalaf')?.person.name).toBe('Hervin Khalaf');
    expect(index.lookup('Hevrin Khalaf')?.alias.siteLabel).toBe(true);
  });

  it('maps the Syrian Observatory under every name, and says "a monitoring group" is an inference', () => {
    for (const form of ['the Syrian Observatory for Human Rights', 'SOHR', 'the British-based Syrian Observatory']) {
      expect(index.lookup(form)?.person.id).toBe('sohr');
      expect(index.lookup(form)?.alias.inferred).toBe(false);
    }
    const monitor = resolveSpeaker(index, 'a monitoring group', bbc.data);
    expect(monitor?.person.id).toBe('sohr');
    expect(monitor?.inferred).toBe(true);
    expect(monitor?.note).toMatch(/inference/);
  });

  it('attributes "the article" to its publisher, and says so when the publisher is itself inferred', () => {
    expect(resolveSpeaker(index, 'the article', bbc.data)).toMatchObject({
      person: { id: 'bbc-news' },
      inferred: false,
    });
    expect(resolveSpeaker(index, 'the article', sun.data)).toMatchObject({ person: { id: 'the-sun' }, inferred: true });
    expect(resolveSpeaker(index, 'the article', ap.data)).toMatchObject({
      person: { id: 'associated-press' },
      inferred: true,
    });
  });

  it('names a speaker in a few words that keep an inference visible', () => {
    expect(speakerLabel(resolveSpeaker(index, 'the article', ap.data)!)).toBe('the article itself');
    expect(speakerLabel(resolveSpeaker(index, 'a monitoring group', bbc.data)!)).toBe(
      'attributed to Syrian Observatory for Human Rights',
    );
    expect(speakerLabel(resolveSpeaker(index, 'France', bbc.data)!)).toBe('France');
  });

  it('matches forms whatever the apostrophe, and nothing it does not list', () => {
    expect(normalizeForm('Turkey’s allies')).toBe("Turkey's allies");
    expect(index.lookup("Turkey's allies")?.person.id).toBe('turkish-backed-syrian-rebels');
    expect(index.lookup('the Pentagon')).toBeUndefined();
  });

  it('resolves every claim of the five articles to an entry of the table', () => {
    for (const a of content.articles) {
      for (const claim of a.data.claims)
        expect(resolveSpeaker(index, claim.by, a.data), `${claim.id}: ${claim.by}`).toBeDefined();
    }
  });

  it('finds which article uses which spelling in its text', () => {
    const erdogan = spellingsInArticles(index.byId('recep-tayyip-erdogan')!, content.articles);
    expect(erdogan.find((s) => s.alias.form === 'Erodogan')?.articles).toEqual([sun.slug]);
    const khalaf = spellingsInArticles(index.byId('hevrin-khalaf')!, content.articles);
    expect(khalaf.find((s) => s.alias.form === 'Hervin Khalaf')?.articles).toEqual([bbc.slug]);
    // "IS" as a word, not inside "ISIS" or "Issa".
    const is = spellingsInArticles(index.byId('islamic-state')!, [{ slug: 'x', body: 'Ain Issa and ISIS.' }]);
    expect(is.find((s) => s.alias.form === 'IS')?.articles).toEqual([]);
  });

  it('finds a form whose first letter a sentence capitalises, and no other case change', () => {
    const un = spellingsInArticles(index.byId('united-nations')!, [
      { slug: 'start', body: 'The UN says 130,000 people have fled.' },
      { slug: 'none', body: 'THE UN and the un.' },
    ]);
    expect(un.find((s) => s.alias.form === 'the UN')?.articles).toEqual(['start']);
    const is = spellingsInArticles(index.byId('islamic-state')!, [{ slug: 'x', body: 'It is what it is.' }]);
    expect(is.find((s) => s.alias.form === 'IS')?.articles).toEqual([]);
    // Every form the table does not mark as the site's own is found in some article.
    for (const person of content.people) {
      for (const spelling of spellingsInArticles(person, content.articles)) {
        if (!spelling.alias.siteLabel)
          expect(spelling.articles, `${person.id}: ${spelling.alias.form}`).not.toEqual([]);
      }
    }
  });

  it('gives each speaker one page with all their claims, across articles', () => {
    const sohr = model.people.find((p) => p.person.id === 'sohr')!;
    expect(sohr.claims.map((c) => c.claim.id)).toEqual(
      expect.arrayContaining(['monitor-100-fled', 'sohr-53-civilians-killed', 'sohr-convoy-about-10-vehicles']),
    );
    expect(new Set(sohr.claims.map((c) => c.claim.article.slug)).size).toBe(3);
    expect(model.people.some((p) => p.person.kind === 'place')).toBe(false);
  });
});

describe('the list of people', () => {
  it('is alphabetical by name, a rank or article in front left aside', () => {
    expect(
      ['Gen. Joseph Dunford', 'The Kurdish-led administration', 'An unnamed US official', 'Col. Sean Ryan'].map(
        sortName,
      ),
    ).toEqual(['Joseph Dunford', 'Kurdish-led administration', 'unnamed US official', 'Sean Ryan']);
    const names = model.people.map((view) => sortName(view.person.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(model.people.findIndex((v) => v.person.name === 'Gen. Joseph Dunford')).toBeGreaterThan(
      model.people.findIndex((v) => v.person.name === 'Donald Trump'),
    );
  });
});
