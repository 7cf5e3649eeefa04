/** The frame every page gets from its route: head, header and footer, and an embed's way back. */
import { describe, expect, it } from 'vitest';
import { describeSite, siteConfig } from '../../src/lib/site/site.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import { embedControl, embedFrame, pageFrame } from '../../src/lib/view/page-frame.ts';

const site = describeSite(siteConfig({ SITE_URL: 'https://example.org/', BASE_PATH: 'syria-timeline' }), {
  articles: ['2018-12-19', '2019-10-20'].map((day) => ({ published: toPartialDate(day) })),
});
const links = makeLinks(site.base, site.url);

describe('a page frame', () => {
  it('titles the page with the site after it, and gives it a canonical URL under the base', () => {
    const frame = pageFrame({ title: 'Mattis resigns', path: 'events/x/', current: 'timeline' }, site, links);
    expect(frame.lang).toBe(site.lang);
    expect(frame.head.documentTitle).toBe(`Mattis resigns · ${site.shortTitle}`);
    expect(frame.head.canonical).toBe('https://example.org/syria-timeline/events/x/');
    expect(frame.head.icon).toBe('/syria-timeline/favicon.svg');
    expect(frame.chrome.nav.find((item) => item.current)?.key).toBe('timeline');
    expect(frame.chrome.sources).toBe(`Built from ${site.sources}.`);
    expect(frame.chrome.print.address).toBe('https://example.org/syria-timeline/events/x/');
  });

  it('gives a page without an address (404) the site title, no canonical URL and noindex', () => {
    const frame = pageFrame({ title: undefined }, site, links);
    expect(frame.head.documentTitle).toBe(site.title);
    expect(frame.head.canonical).toBeUndefined();
    expect(frame.head.names).toContainEqual(['robots', 'noindex']);
    expect(frame.chrome.print.address).toBeUndefined();
  });

  it('points an embed back at its full page, and its code at the embed page', () => {
    const target = { kind: 'event', id: '2019-10-13-x', title: 'Escape' } as const;
    const frame = embedFrame(target, { description: 'd', path: 'events/2019-10-13-x/' }, site, links);
    expect(frame.full).toEqual({ href: '/syria-timeline/events/2019-10-13-x/', label: 'Open the full page' });
    expect(frame.head.canonical).toBe('https://example.org/syria-timeline/events/2019-10-13-x/');
    const control = embedControl(target, site, links);
    expect(control.id).toBe('embed-code-event-2019-10-13-x');
    expect(control.what).toBe('this event');
    expect(control.snippet).toContain('src="https://example.org/syria-timeline/embed/events/2019-10-13-x/"');
    const timeline = embedFrame({ kind: 'timeline', title: site.title }, { description: 'd', path: '' }, site, links);
    expect(timeline.full.label).toBe('Open the full timeline');
    expect(timeline.head.documentTitle).toBe(site.title);
  });
});
