/**
 * What a phone reader meets first: on an event page the lede, where the sources disagree and
 * the claims come before the supporting lists; a person's page puts what they said, in date
 * order, before how the articles name them; previous and next carry their dates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist } from './dist.ts';
import { checkContentDir } from '../../src/lib/site/site-check.ts';

beforeAll(requireDist);

const { content } = checkContentDir('content');
const EVENT = 'events/2019-10-13-ain-issa-camp-escape/index.html';
const position = (html: string, needle: string) => {
  const at = html.indexOf(needle);
  expect(at, needle).toBeGreaterThan(-1);
  return at;
};

describe('the order of a page', () => {
  it('puts an event’s lede, its disagreement and its claims before its facts, articles and neighbours', () => {
    const html = readPage(EVENT).querySelector('main')!.toString();
    const order = [
      'class="lede"',
      'class="event__disputes"',
      'id="claims-heading"',
      'id="by-speaker-heading"',
      'id="about-heading"',
      'id="articles-heading"',
      'class="pager"',
    ].map((needle) => position(html, needle));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(readPage(EVENT).querySelector('.event__disputes a')?.getAttribute('href')).toBe(
      '/events/2019-10-13-ain-issa-camp-escape/#event-measure-ain-issa-escapees',
    );
  });

  it('dates the previous and the next event on every event page', () => {
    for (const event of content.events) {
      const links = readPage(`events/${event.id}/index.html`).querySelectorAll('.pager a');
      expect(links.length, event.id).toBeGreaterThan(0);
      for (const link of links)
        expect(link.querySelector('.pager__label time')?.getAttribute('datetime'), event.id).toMatch(/^\d{4}/);
    }
  });

  it('puts what a person said before how the articles name them, their claims in date order', () => {
    const page = readPage('people/sohr/index.html');
    const html = page.querySelector('main')!.toString();
    expect(position(html, 'id="person-claims-heading"')).toBeLessThan(position(html, 'id="names-heading"'));
    const dates = page
      .querySelectorAll('article.claim')
      .map((card) => card.id.replace(/^claim-/, ''))
      .map((id) =>
        content.articles
          .flatMap((a) => a.data.claims)
          .find((claim) => claim.id === id)!
          .event.slice(0, 10),
      );
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort());
  });
});
