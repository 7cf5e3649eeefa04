import { describe, expect, it } from 'vitest';
import { anchors, makeLinks, paths } from '../../src/lib/site/urls.ts';

describe('the URL module', () => {
  const links = makeLinks('/syria-timeline/', 'https://example.org');

  it('puts the base in front of every page path, and keeps its trailing slash', () => {
    expect(links.event('2019-10-13-x')).toBe('/syria-timeline/events/2019-10-13-x/');
    expect(links.article('a')).toBe('/syria-timeline/articles/a/');
    expect(links.person('un')).toBe('/syria-timeline/people/un/');
    expect(links.filter('actors', 'turkey')).toBe('/syria-timeline/actors/turkey/');
    expect(links.home()).toBe('/syria-timeline/');
    expect(links.absolute(paths.event('e'))).toBe('https://example.org/syria-timeline/events/e/');
  });

  it('links each fragment to the id the page gives its part', () => {
    expect(links.claim('e', 'c')).toBe(`/syria-timeline/events/e/#${anchors.claim('c')}`);
    expect(links.quote('a', 'c')).toBe(`/syria-timeline/articles/a/#${anchors.quote('c')}`);
    expect(links.measure('m')).toBe(`/syria-timeline/${paths.measure('m')}`);
    expect(links.eventMeasure('e', 'm')).toBe(`/syria-timeline/events/e/#${anchors.eventMeasure('m')}`);
    expect(links.entry('e')).toBe(`/syria-timeline/#${anchors.entry('e')}`);
  });

  it('gives the same path with or without a base', () => {
    const root = makeLinks('/', 'https://example.org');
    for (const name of ['event', 'article', 'person'] as const) {
      expect(links[name]('x')).toBe(`/syria-timeline/${paths[name]('x')}`);
      expect(root[name]('x')).toBe(`/${paths[name]('x')}`);
    }
  });
});
