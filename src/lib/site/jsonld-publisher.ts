/**
 * Every page's own node in JSON-LD: the page, when it last changed (`dateModified`), and
 * who publishes it, as a `NewsMediaOrganization` with its policies: the standards page
 * (principles, and how claims and figures are checked), the corrections page (corrections,
 * and how a reader reports an error). Kept apart from the event and article graphs
 * (`jsonld.ts`): a node with the same `@id` in two blocks is one node.
 * @see https://schema.org/NewsMediaOrganization
 * @see https://schema.org/dateModified
 */
import type { SiteSettings } from '../content/site-settings.ts';
import type { Links } from './urls.ts';

type Node = Record<string, unknown>;

/** The anchors the policies point at, on the standards and corrections pages. */
export const POLICY_ANCHORS = { methods: 'methods', report: 'report-an-error' } as const;

export function publisherNode(settings: SiteSettings, links: Links): Node | undefined {
  if (!settings.publisher) return undefined;
  const standards = links.absolute('standards/');
  const corrections = links.absolute('corrections/');
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${links.absolute()}#publisher`,
    name: settings.publisher.name,
    ...(settings.publisher.url ? { url: settings.publisher.url } : {}),
    publishingPrinciples: standards,
    verificationFactCheckingPolicy: `${standards}#${POLICY_ANCHORS.methods}`,
    correctionsPolicy: corrections,
    actionableFeedbackPolicy: `${corrections}#${POLICY_ANCHORS.report}`,
    ...(settings.contact
      ? { contactPoint: { '@type': 'ContactPoint', contactType: 'corrections', url: settings.contact.href } }
      : {}),
  };
}

/** The page's node, with `dateModified` where the day is known, and its publisher. */
export function pageNode(
  page: { readonly url: string; readonly modified: string | undefined },
  settings: SiteSettings,
  links: Links,
): Node {
  const publisher = publisherNode(settings, links);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        '@id': page.url,
        url: page.url,
        ...(page.modified ? { dateModified: page.modified } : {}),
        ...(publisher ? { publisher: { '@id': publisher['@id'] } } : {}),
      },
      ...(publisher ? [publisher] : []),
    ],
  };
}
