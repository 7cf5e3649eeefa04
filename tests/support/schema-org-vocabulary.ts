/**
 * The part of schema.org's vocabulary the site's JSON-LD may use: for each type, properties
 * schema.org defines for it, its own and those it inherits (each list names the type it comes
 * from). Written from the type pages of schema.org, e.g. https://schema.org/Claim;
 * a property not here is either not defined for the type or not yet used by the site: add it
 * only after reading it on the type's page.
 * @see https://schema.org/docs/full.html
 */

/** Thing: https://schema.org/Thing */
const thing = ['name', 'alternateName', 'description', 'url', 'image', 'sameAs', 'identifier'];
/** CreativeWork: https://schema.org/CreativeWork */
const creativeWork = [
  ...thing,
  'about',
  'abstract',
  'author',
  'citation',
  'comment',
  'contributor',
  'correction',
  'creator',
  'dateCreated',
  'dateModified',
  'datePublished',
  'headline',
  'inLanguage',
  'isBasedOn',
  'isPartOf',
  'license',
  'mainEntity',
  'mainEntityOfPage',
  'publisher',
  'sourceOrganization',
  'text',
];
/** Article: https://schema.org/Article (`backstory` is defined here, and for no other type). */
const article = [...creativeWork, 'articleBody', 'articleSection', 'backstory', 'wordCount'];
/** Organization: https://schema.org/Organization */
const organization = [
  ...thing,
  'address',
  'contactPoint',
  'email',
  'ethicsPolicy',
  'logo',
  'publishingPrinciples',
  'telephone',
];

export const SCHEMA_ORG_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  Thing: thing,
  CreativeWork: creativeWork,
  Article: article,
  /** https://schema.org/NewsArticle */
  NewsArticle: [...article, 'dateline', 'printColumn', 'printEdition', 'printPage', 'printSection'],
  /** https://schema.org/WebPage */
  WebPage: [...creativeWork, 'breadcrumb', 'lastReviewed', 'primaryImageOfPage', 'reviewedBy', 'significantLink'],
  /** https://schema.org/Claim */
  Claim: [...creativeWork, 'appearance', 'claimInterpreter', 'firstAppearance'],
  /** https://schema.org/Comment, https://schema.org/CorrectionComment */
  CorrectionComment: [...creativeWork, 'downvoteCount', 'parentItem', 'upvoteCount'],
  /** https://schema.org/Event */
  Event: [...thing, 'about', 'endDate', 'eventStatus', 'location', 'organizer', 'startDate', 'subEvent', 'superEvent'],
  /** https://schema.org/Place */
  Place: [...thing, 'address', 'containedInPlace', 'geo', 'latitude', 'longitude'],
  /** https://schema.org/GeoCoordinates */
  GeoCoordinates: [...thing, 'latitude', 'longitude'],
  /** https://schema.org/ImageObject (a MediaObject, a CreativeWork) */
  ImageObject: [...creativeWork, 'caption', 'contentUrl', 'encodingFormat', 'height', 'width'],
  /** https://schema.org/Person */
  Person: [...thing, 'affiliation', 'jobTitle'],
  Organization: organization,
  /** https://schema.org/NewsMediaOrganization: the policies of a newsroom. */
  NewsMediaOrganization: [
    ...organization,
    'actionableFeedbackPolicy',
    'correctionsPolicy',
    'diversityPolicy',
    'masthead',
    'missionCoveragePrioritiesPolicy',
    'noBylinesPolicy',
    'ownershipFundingInfo',
    'unnamedSourcesPolicy',
    'verificationFactCheckingPolicy',
  ],
};

/** JSON-LD's own keywords, which any node may carry. */
export const JSON_LD_KEYWORDS = ['@context', '@graph', '@id', '@type'] as const;
