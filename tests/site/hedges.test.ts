/**
 * The built pages keep the articles' hedges where they name a speaker, date a figure or list
 * an article's events: computed from the content, so it holds for any articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPage, requireDist } from './dist.ts';
import { realContent } from '../unit/real-content.ts';
import { speakerName } from '../../src/lib/model/labels.ts';
import { paths } from '../../src/lib/site/urls.ts';

const { timeline, model } = realContent();
const textOf = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const page = (path: string) => readPage(`${path.replace(/^\//, '')}index.html`);

beforeAll(requireDist);

describe('hedges on the built pages', () => {
  it("titles a claim's page with its hedged speaker, in the title, the og title and the heading", () => {
    const hedged = timeline.claims.filter((claim) => model.speakerOf(claim).inferred);
    expect(hedged.length).toBeGreaterThan(0);
    for (const claim of hedged) {
      const name = speakerName(model.speakerOf(claim), claim.article);
      expect(name, claim.id).toMatch(/attributed|probably/);
      const doc = page(paths.claimPage(claim.event, claim.id));
      expect(textOf(doc.querySelector('title')), claim.id).toContain(name);
      expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), claim.id).toContain(name);
      expect(textOf(doc.querySelector('h1')), claim.id).toContain(name);
    }
  });

  it('dates a figure as probably, or from outside the articles, where it is', () => {
    const doc = readPage('claims/index.html');
    for (const m of model.measures) {
      const rows = doc.getElementById(`measure-${m.measure}`)?.querySelectorAll('tbody tr') ?? [];
      for (const f of m.figures) {
        const row = rows.find((tr) => tr.getAttribute('data-claim') === f.claim.id);
        if (!row) continue;
        const asOf = textOf(row.querySelectorAll('td')[3] ?? null);
        expect(asOf.startsWith('probably '), `${m.measure} ${f.claim.id}: ${asOf}`).toBe(
          f.asOfCertainty === 'probable',
        );
        expect(asOf.includes('outside the articles'), `${m.measure} ${f.claim.id}`).toBe(f.asOfOutside);
        if (f.hedge) expect(textOf(row.querySelectorAll('td')[0] ?? null)).toContain(f.hedge);
      }
    }
  });

  it("lists an article's related events apart from those it reports", () => {
    for (const article of timeline.articles) {
      const doc = page(paths.article(article.slug));
      const reported = textOf(doc.querySelector('[aria-labelledby="covers-heading"]'));
      const related = textOf(doc.querySelector('[aria-labelledby="related-heading"]'));
      for (const event of article.relatedEvents) {
        expect(related, article.slug).toContain(event.title);
        expect(reported, article.slug).not.toContain(event.title);
      }
      expect(related === '', article.slug).toBe(article.relatedEvents.length === 0);
    }
  });

  it('has no empty "How the articles name" list on a person\'s page', () => {
    for (const view of model.people) {
      const doc = page(paths.person(view.person.id));
      const names = doc.querySelector('[aria-labelledby="names-heading"]');
      if (names) expect(names.querySelectorAll('li').length, view.person.id).toBeGreaterThan(0);
    }
  });
});
