/**
 * Every content check, in the order it runs. A new check is one file in this folder, one
 * line here, and a folder of fixtures in `tests/fixtures/bad-content/<name>/`.
 */
import type { CheckInfo, ContentCheck } from './check.ts';
import { contentFiles } from './content-files.ts';
import { requiredFiles } from './required-files.ts';
import { encoding } from './encoding.ts';
import { characters } from './characters.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { frontmatter } from './frontmatter.ts';
import { fields } from './fields.ts';
import { notEmpty } from './not-empty.ts';
import { articleFile } from './article-file.ts';
import { markdownDepth } from './markdown-depth.ts';
import { markdownCost } from './markdown-cost.ts';
import { bodyMarkup } from './body-markup.ts';
import { uniqueIds } from './unique-ids.ts';
import { anchorIds } from './anchor-ids.ts';
import { eventDateInId } from './event-date-in-id.ts';
import { placeSlugs } from './place-slugs.ts';
import { placePositions } from './place-positions.ts';
import { timelineSpan } from './timeline-span.ts';
import { knownPhase } from './known-phase.ts';
import { knownEvent } from './known-event.ts';
import { quoteInBody } from './quote-in-body.ts';
import { eventHasClaim } from './event-has-claim.ts';
import { oneOwnerPerAlias } from './one-owner-per-alias.ts';
import { knownSpeaker } from './known-speaker.ts';
import { comparableUnits } from './comparable-units.ts';
import { figureGivenInQuote } from './figure-given-in-quote.ts';
import { figureValueMatchesGiven } from './figure-value-matches-given.ts';
import { figureNumberMatchesGiven } from './figure-number-matches-given.ts';
import { speakerInArticle } from './speaker-in-article.ts';
import { eventDateBasis } from './event-date-basis.ts';
import { corrections } from './corrections.ts';
import { articleDate } from './article-date.ts';
import { eventReported } from './event-reported.ts';
import { knownDateFromKnownArticle } from './known-date-from-known-article.ts';
import { aliasInArticles } from './alias-in-articles.ts';
import { claimIdWords } from './claim-id-words.ts';
import { singleSourceAttributed } from './single-source-attributed.ts';

/** The checks made while each file is read (the reader in `content-check.ts` calls them). */
export const FILE_CHECKS: readonly CheckInfo[] = [
  contentFiles,
  requiredFiles,
  encoding,
  characters,
  yamlSyntax,
  frontmatter,
  fields,
  notEmpty,
  articleFile,
  markdownDepth,
  markdownCost,
  bodyMarkup,
];

/** The checks across the entries, once every file is read. */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  uniqueIds,
  anchorIds,
  eventDateInId,
  placeSlugs,
  placePositions,
  timelineSpan,
  knownPhase,
  knownEvent,
  quoteInBody,
  eventHasClaim,
  oneOwnerPerAlias,
  knownSpeaker,
  comparableUnits,
  figureGivenInQuote,
  figureValueMatchesGiven,
  figureNumberMatchesGiven,
  speakerInArticle,
  articleDate,
  eventDateBasis,
  corrections,
  eventReported,
  knownDateFromKnownArticle,
  aliasInArticles,
  claimIdWords,
  singleSourceAttributed,
];

export const ALL_CHECKS: readonly CheckInfo[] = [...FILE_CHECKS, ...CONTENT_CHECKS];
