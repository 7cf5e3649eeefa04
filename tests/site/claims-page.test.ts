/** `/claims/` on the built site: every figure set side by side, as the reader gets it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPage, requireDist } from './dist.ts';

beforeAll(requireDist);

const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

function measure(id: string) {
  const section = readPage('claims/index.html').getElementById(`measure-${id}`);
  expect(section, `measure ${id} on /claims/`).not.toBeNull();
  const rows = section!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map(text));
  return { section: section!, verdict: text(section!.querySelector('.verdict')), rows };
}

describe('the claims page', () => {
  it('shows the Ain Issa escape as 950, "almost 800", 100 and "Hundreds", with speakers, articles and a disagreement marker', () => {
    const ain = measure('ain-issa-escapees');
    expect(ain.section.getAttribute('data-verdict')).toBe('disagree');
    expect(ain.verdict).toBe('≠ Sources disagree: 100 to 950 people');
    const row = (figure: string) => ain.rows.find((cells) => cells[0]!.startsWith(figure));
    expect(row('950 people')?.slice(1, 3)).toEqual([
      'The Kurdish-led administration (“the Kurdish-led administration”)',
      'Metro (UK), 13 Oct 2019',
    ]);
    expect(row('almost 800 people')?.[1]).toContain('(“Kurdish authorities”) attribution inferred');
    expect(row('almost 800 people')?.[2]).toBe('BBC News, probably 13 Oct 2019');
    expect(row('100 people')?.[1]).toBe(
      'Syrian Observatory for Human Rights (“a monitoring group”) attribution inferred',
    );
    expect(row('100 people')?.[2]).toBe('BBC News, probably 13 Oct 2019');
    expect(row('Hundreds of people')?.[2]).toBe('BBC News, probably 13 Oct 2019');
    expect(ain.rows.map((cells) => cells[2])).not.toContain('The Sun (attributed), probably 20 Oct 2019');
    const camps = measure('is-prisoners-broke-out-kurdish-camps');
    expect(camps.rows.map((cells) => cells[2])).toEqual(['The Sun (attributed), probably 20 Oct 2019']);
    expect(ain.section.querySelector('svg[role=img] title')).not.toBeNull();
  });

  it("keeps the UN's 130,000 who fled apart from The Sun's 300,000 displaced, each with its date", () => {
    const fled = measure('people-displaced');
    const dated = fled.rows.map((cells) => [cells[0], cells[3]]);
    // The BBC's date is only probable, and so is the day it gives its figure as of.
    expect(dated).toContainEqual(['130,000 people', 'probably 13 Oct 2019']);
    expect(dated.map(([figure]) => figure)).not.toContain('300,000 people');
    const sun = measure('kurds-displaced-since-us-pull-out');
    expect(sun.rows.map((cells) => [cells[0], cells[3]])).toEqual([['300,000 people', 'probably 20 Oct 2019']]);
  });

  it('shows the safe zone as 20 miles and 30 km, roughly the same', () => {
    const zone = measure('safe-zone-depth');
    expect(zone.section.getAttribute('data-verdict')).toBe('roughly-agree');
    expect(zone.verdict).toBe('≈ Sources roughly agree: 30 to 32 km');
    expect(zone.rows.map((cells) => cells[0])).toEqual(['some 30km', '20-mile (about 32 km)']);
  });

  it('links each figure to its claim, and marks disagreements on the timeline and on the event', () => {
    const ain = measure('ain-issa-escapees');
    const hrefs = ain.section.querySelectorAll('td.figures__given a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(
      '/events/2019-10-13-ain-issa-camp-escape/#claim-kurdish-administration-950-is-supporters-escaped',
    );
    const entry = readPage('index.html').getElementById('2019-10-13-ain-issa-camp-escape');
    expect(text(entry?.querySelector('.disagreement-flag'))).toBe('Sources disagree on 1 figure');
    expect(
      readPage('index.html').getElementById('2018-12-15-coalition-airstrikes')?.querySelector('.disagreement-flag'),
    ).toBeNull();
    const event = readPage('events/2019-10-13-ain-issa-camp-escape/index.html');
    // A renamed claim keeps its old anchor, on the card under its new id.
    expect(event.getElementById('claim-ain-issa-escapees-950')?.parentNode?.getAttribute('id')).toBe(
      'claim-kurdish-administration-950-is-supporters-escaped',
    );
    expect(event.getElementById('event-measure-ain-issa-escapees')?.getAttribute('data-verdict')).toBe('disagree');
  });

  it('has a "Claims" item in the navigation, current on the claims page', () => {
    const link = readPage('claims/index.html')
      .querySelectorAll('nav[aria-label=Main] a')
      .find((a) => a.text === 'Claims');
    expect(link?.getAttribute('href')).toBe('/claims/');
    expect(link?.getAttribute('aria-current')).toBe('page');
  });

  it('gives each speaker a page with the forms the articles used', () => {
    const erdogan = readPage('people/recep-tayyip-erdogan/index.html');
    expect(text(erdogan.querySelector('h1'))).toBe('Recep Tayyip Erdogan');
    expect(erdogan.text).toContain('“Erodogan”');
    expect(erdogan.getElementById('claim-erdogan-20-mile-safe-zone')).not.toBeNull();
    const sohr = readPage('people/sohr/index.html');
    expect(sohr.text).toContain('“a monitoring group” An inference:');
  });
});

describe('each measure’s own page', () => {
  const overview = () => readPage('claims/index.html');
  const measures = () =>
    overview()
      .querySelectorAll('section.measure')
      .map((s) => s.getAttribute('data-measure')!);

  it('exists at /claims/<measure>/ for every measure, with its verdict, chart and every figure with who gave it', () => {
    expect(measures().length).toBeGreaterThan(10);
    for (const id of measures()) {
      const page = readPage(`claims/${id}/index.html`);
      const section = page.getElementById(`measure-${id}`);
      expect(section, id).not.toBeNull();
      expect(text(page.querySelector('h1')), id).toBe(text(overview().querySelector(`#measure-${id}-heading`)));
      expect(page.querySelectorAll('tbody tr').length, id).toBe(
        overview().getElementById(`measure-${id}`)!.querySelectorAll('tbody tr').length,
      );
      for (const row of page.querySelectorAll('tbody tr'))
        expect(text(row.querySelector('td[data-label=Who] a')), id).not.toBe('');
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
        new RegExp(`/og/claims/${id}\\.png$`),
      );
    }
    const ain = readPage('claims/ain-issa-escapees/index.html');
    expect(text(ain.querySelector('.verdict'))).toBe('≠ Sources disagree: 100 to 950 people');
    expect(ain.querySelector('svg[role=img] title')).not.toBeNull();
    const event = text(readPage('events/2019-10-13-ain-issa-camp-escape/index.html').querySelector('h1'));
    expect(text(ain.querySelector('main'))).toContain(`13 Oct 2019: ${event}`);
  });

  it('is where the overview, the event pages and the timeline link for a measure; the old /claims/#measure-… anchors still land', () => {
    const index = overview()
      .querySelectorAll('.measure-index a')
      .map((a) => a.getAttribute('href'));
    expect(index).toContain('/claims/ain-issa-escapees/');
    expect(overview().querySelector('#measure-ain-issa-escapees-heading a')?.getAttribute('href')).toBe(
      '/claims/ain-issa-escapees/',
    );
    const event = readPage('events/2019-10-13-ain-issa-camp-escape/index.html');
    expect(event.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/claims/ain-issa-escapees/');
    for (const id of measures()) expect(overview().getElementById(`measure-${id}`), id).not.toBeNull();
  });

  it('gives /claims/ and each measure a preview image of their own, drawn from the figures', () => {
    const image = (path: string) => readPage(path).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image('claims/index.html')).toMatch(/\/og\/claims\.png$/);
    expect(
      readPage('claims/index.html').querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
    ).toContain('950 people (The Kurdish-led administration, Metro (UK))');
  });
});
