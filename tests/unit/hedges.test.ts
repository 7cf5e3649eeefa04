/**
 * What a page names and dates keeps the articles' hedges: a probable publisher, an inferred
 * speaker, a probable or outside day, a "reportedly". Computed from the content, so it holds
 * for any articles.
 */
import { describe, expect, it } from 'vitest';
import { hedgeOf } from '../../src/lib/model/comparisons.ts';
import { asOfLabel, articleVoice, shortDateLabel, speakerName } from '../../src/lib/model/labels.ts';
import { THE_ARTICLE, normalizeForm } from '../../src/lib/content/people.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { realContent } from './real-content.ts';

const { content, timeline, model } = realContent();
const figures = model.measures.flatMap((m) => m.figures);
const eventById = new Map(timeline.events.map((event) => [event.id, event]));

describe('the article as a speaker', () => {
  it('names a probable publisher with its hedge, a known one plainly', () => {
    const day = toPartialDate('2019-01-11');
    expect(articleVoice({ publisher: 'The Sun', publisherCertainty: 'probable' }, day)).toBe(
      'the article attributed to The Sun',
    );
    expect(
      articleVoice(
        { publisher: 'Associated Press', publisherCertainty: 'probable', via: { publisher: 'London Glossy Post' } },
        day,
      ),
    ).toBe('the January article, probably an Associated Press story');
    expect(articleVoice({ publisher: 'USA TODAY', publisherCertainty: 'known' }, day)).toBe('USA TODAY');
  });

  it("gives every claim of a probable publisher's own voice a hedged title name", () => {
    const own = timeline.claims.filter((claim) => normalizeForm(claim.by) === THE_ARTICLE);
    for (const claim of own) {
      const article = content.articles.find((a) => a.slug === claim.article.slug)!;
      const name = speakerName(model.speakerOf(claim), claim.article);
      if (article.data.source.publisherCertainty === 'probable') expect(name, claim.id).toMatch(/attributed|probably/);
      else expect(name, claim.id).toBe(model.speakerOf(claim).person.name);
    }
  });

  it("names an inferred speaker by the article's words, then the likely entry", () => {
    const inferred = timeline.claims.filter(
      (claim) => normalizeForm(claim.by) !== THE_ARTICLE && model.speakerOf(claim).inferred,
    );
    expect(inferred.length).toBeGreaterThan(0);
    for (const claim of inferred) {
      const name = speakerName(model.speakerOf(claim), claim.article);
      expect(normalizeForm(name).toLowerCase(), claim.id).toContain(normalizeForm(claim.by).toLowerCase());
      expect(name, claim.id).toContain('(probably ');
    }
  });
});

describe("a figure's day", () => {
  it('is probable where it repeats a probable article date, or is a probable event day', () => {
    for (const f of figures) {
      const event = eventById.get(f.event.id)!;
      const probable = f.asOfStated
        ? f.claim.article.publishedCertainty === 'probable' && f.asOf.iso === f.claim.article.published.iso
        : event.dateCertainty === 'probable';
      expect(f.asOfCertainty, f.claim.id).toBe(probable ? 'probable' : 'known');
      expect(f.asOfOutside, f.claim.id).toBe(!f.asOfStated && event.dateFrom === 'outside');
      expect(asOfLabel(f).startsWith('probably '), f.claim.id).toBe(probable);
      expect(asOfLabel(f).includes('outside the articles'), f.claim.id).toBe(f.asOfOutside);
    }
  });

  it('prints a probable or outside day as one', () => {
    const day = toPartialDate('2019-10-17');
    expect(shortDateLabel(day, 'known')).toBe('17 Oct 2019');
    expect(shortDateLabel(day, 'probable')).toBe('probably 17 Oct 2019');
    expect(shortDateLabel(day, 'known', 'outside')).toBe('17 Oct 2019 (date from outside the articles)');
  });

  it('carries a probable end of a verdict span into the summary', () => {
    for (const m of model.measures.filter((m) => m.verdict === 'change-over-time')) {
      const ends = [m.figures[0]!, m.figures.at(-1)!];
      for (const end of ends) expect(m.summary, m.measure).toContain(asOfLabel(end));
    }
  });
});

describe("a quote's own hedge", () => {
  it('is found and kept with its figure', () => {
    expect(hedgeOf('at least 114 civilians have reportedly been killed')).toBe('reportedly');
    expect(hedgeOf('130,000 people have fled their homes')).toBeUndefined();
    for (const f of figures) expect(f.hedge, f.claim.id).toBe(hedgeOf(f.claim.quote));
  });
});
