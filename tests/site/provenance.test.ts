/**
 * Wherever a page names an article's publisher or date, it is as sure as the evidence:
 * an inferred publisher is "(attributed)" and a probable date "probably", on every page,
 * not only in the article's provenance box.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/site/site-check.ts';
import type { HTMLElement } from 'node-html-parser';
import { htmlFiles, readPage, requireDist } from './dist.ts';

const { content } = checkContentDir('content');
const inferred = content.articles.filter((a) => a.data.source.publisherCertainty === 'probable');

const textOf = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(requireDist);

describe('the origin of an article, wherever it is named', () => {
  it('has inferred publishers to check', () => {
    expect(inferred.map((a) => a.data.source.publisher).sort()).toEqual(['Associated Press', 'The Sun']);
  });

  it('never names an inferred publisher beside an article date without saying it is attributed', () => {
    for (const file of htmlFiles().filter((f) => /^(events|articles|claims|people)\//.test(f) || f === 'index.html')) {
      const text = textOf(readPage(file).querySelector('main'));
      for (const article of inferred) {
        // "The Sun, 20 Oct 2019" or "The Sun · Sunday…": a publisher given as the article's
        // source, unless the words before it already say "attributed to".
        const bare = new RegExp(`(?<!attributed to )${article.data.source.publisher}(,| ·)`, 'g');
        expect(text.match(bare), `${file}: ${article.data.source.publisher}`).toBeNull();
      }
    }
  });

  it('heads each article with its publisher, the copy it came from, and its date as sure as they are', () => {
    const sun = textOf(
      readPage('articles/2019-10-20-us-moves-troops-to-iraq/index.html').querySelector('.article header'),
    );
    expect(sun).toContain('The Sun (attributed)');
    expect(sun).toMatch(/probably Sunday 20 October 2019/);
    const ap = textOf(
      readPage('articles/2019-01-11-us-official-says-withdrawal-has-begun/index.html').querySelector('.article header'),
    );
    expect(ap).toContain('Associated Press (attributed), in a copy from the London Glossy Post');
    // The copy carries no date of its own: the day is the AP story's, so only probable.
    expect(ap).toMatch(/probably Friday 11 January 2019/);
    const bbc = textOf(
      readPage('articles/2019-10-13-hundreds-of-is-relatives-escape-camp/index.html').querySelector('.article header'),
    );
    // Its publisher is known, but the copy carries no date: the day is inferred.
    expect(bbc).toMatch(/^BBC News · probably Sunday 13 October 2019/);
    const metro = textOf(
      readPage('articles/2019-10-13-trump-pulls-remaining-us-troops/index.html').querySelector('.article header'),
    );
    expect(metro).toMatch(/^Metro \(UK\) · Sunday 13 October 2019/);
  });
});
