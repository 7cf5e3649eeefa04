/**
 * `content/site.yaml`: who publishes the site and how to report an error. An empty file is
 * no error (the pages say what is not set); a malformed one names the file and the field.
 * The publisher's JSON-LD carries the four policies of a NewsMediaOrganization.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_SETTINGS, readSiteSettings, unsetSettings } from '../../src/lib/content/site-settings.ts';
import { pageNode, publisherNode } from '../../src/lib/site/jsonld-publisher.ts';
import { makeLinks } from '../../src/lib/site/urls.ts';
import { lastChanged } from '../../src/lib/view/trust.ts';

const links = makeLinks('/base/', 'https://example.org/');
const TODAY = new Date('2026-12-07T00:00:00Z');

function settingsOf(yaml: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'site-settings-'));
  if (yaml !== undefined) writeFileSync(join(dir, 'site.yaml'), yaml);
  return readSiteSettings(dir, dir, TODAY);
}

describe('the site settings', () => {
  it('reads a missing or empty file as nothing set, with no error, and says what is unset once', () => {
    for (const yaml of [undefined, '', 'publisher:\n  name: ""\n  url: ""\ncontact: ""\npublished: ""\n']) {
      const { settings, errors } = settingsOf(yaml);
      expect(errors).toEqual([]);
      expect(settings).toEqual(NO_SETTINGS);
      expect(unsetSettings(settings)).toBe('no publisher and no contact');
    }
  });

  it('reads a publisher, an email or a web address as the contact, and the day of first publication', () => {
    const mail = settingsOf(
      'publisher:\n  name: "A Newsroom"\n  url: "https://news.example"\ncontact: "desk@news.example"\npublished: "2026-11-20"\n',
    );
    expect(mail.errors).toEqual([]);
    expect(mail.settings).toEqual({
      publisher: { name: 'A Newsroom', url: 'https://news.example' },
      contact: { text: 'desk@news.example', href: 'mailto:desk@news.example' },
      published: '2026-11-20',
    });
    expect(unsetSettings(mail.settings)).toBeUndefined();
    const page = settingsOf('contact: "https://news.example/report"\n');
    expect(page.settings.contact).toEqual({ text: 'https://news.example/report', href: 'https://news.example/report' });
  });

  it.each([
    ['contact: "the desk"\n', 'contact', 'is neither an email address nor a web address'],
    ['publisher:\n  name: "X"\n  url: "news.example"\n', 'publisher.url', 'is not a web address'],
    ['publisher:\n  url: "https://news.example"\n', 'publisher.name', 'needs its name'],
    ['publisher:\n  name: "X"\n  url: "https://news.example/\\0"\n', 'publisher.url', 'U+0000'],
    ['publisher:\n  name: "X"\n  url: "https://user:pass@news.example/"\n', 'publisher.url', 'user name or password'],
    ['publisher:\n  name: "A\\nNewsroom"\n', 'publisher.name', 'must be on one line'],
    ['contact: "https://user:pass@news.example/"\n', 'contact', 'user name or password'],
    ['contact: "desk\\u200B@news.example"\n', 'contact', 'invisible character U+200B'],
    ['publisher: "X"\n', 'publisher', 'must be a mapping'],
    ['published: "20 November 2026"\n', 'published', 'is not a day'],
    ['published: "2027-01-01"\n', 'published', 'is in the future'],
    ['editor: "X"\n', 'editor', 'is not a setting'],
    ['contact: [\n', '(file)', 'is not valid YAML'],
  ])('names the file and the field of a mistake: %j', (yaml, field, problem) => {
    const { errors } = settingsOf(yaml);
    expect(errors.map((e) => [e.file, e.field])).toContainEqual(['site.yaml', field]);
    expect(errors.find((e) => e.field === field)!.problem).toContain(problem);
  });
});

describe('the publisher in JSON-LD', () => {
  const settings = settingsOf('publisher:\n  name: "A Newsroom"\ncontact: "desk@news.example"\n').settings;

  it('is a NewsMediaOrganization with its principles, corrections, fact-checking and feedback policies', () => {
    const node = publisherNode(settings, links)!;
    expect(node['@type']).toBe('NewsMediaOrganization');
    expect(node.name).toBe('A Newsroom');
    expect(node.publishingPrinciples).toBe('https://example.org/base/standards/');
    expect(node.verificationFactCheckingPolicy).toBe('https://example.org/base/standards/#methods');
    expect(node.correctionsPolicy).toBe('https://example.org/base/corrections/');
    expect(node.actionableFeedbackPolicy).toBe('https://example.org/base/corrections/#report-an-error');
  });

  it('is left out where no publisher is set, and the page keeps its dateModified', () => {
    expect(publisherNode(NO_SETTINGS, links)).toBeUndefined();
    const graph = pageNode({ url: 'https://example.org/base/x/', modified: '2026-12-01' }, NO_SETTINGS, links);
    expect(graph['@graph']).toEqual([
      {
        '@type': 'WebPage',
        '@id': 'https://example.org/base/x/',
        url: 'https://example.org/base/x/',
        dateModified: '2026-12-01',
      },
    ]);
  });
});

describe('when a page last changed', () => {
  const correction = { date: '2026-12-01', note: 'n' };
  const context = (published?: string) => ({
    settings: { ...NO_SETTINGS, published },
    lastCorrection: '2026-12-01',
  });

  it('is its latest correction, or for a list of the events the site’s latest', () => {
    expect(lastChanged([correction], context()).day?.iso).toBe('2026-12-01');
    expect(lastChanged('all', context('2026-11-20')).day?.iso).toBe('2026-12-01');
  });

  it('is the day of first publication for a page never corrected, and no day where that is not set', () => {
    expect(lastChanged([], context('2026-11-20')).day?.iso).toBe('2026-11-20');
    const unknown = lastChanged(undefined, context());
    expect(unknown.day).toBeUndefined();
    expect(unknown.text).toMatch(/not set/);
  });
});
