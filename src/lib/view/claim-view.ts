/**
 * One claim as a card shows it, on an event, article, person or claim page: who made it,
 * its figure, its words and the quoted passage, its article, and every link built.
 */
import type { PartialDate } from '../content/dates.ts';
import type { Speaker } from '../content/people.ts';
import type { Article } from '../content/schema.ts';
import type { ClaimInContext } from '../model/timeline.ts';
import { figureText } from '../model/comparisons.ts';
import { attributedTo, speakerName } from '../model/labels.ts';
import type { Links } from '../site/urls.ts';
import { anchors } from '../site/urls.ts';

export interface ShareView {
  /** Under the base: where the plain link goes without JavaScript. */
  readonly href: string;
  /** Absolute: what "Copy link" copies. */
  readonly url: string;
  readonly title: string;
  readonly kind: 'event' | 'claim';
}

export interface ClaimView {
  readonly id: string;
  /** The card's element id: `claim-<id>`. */
  readonly anchor: string;
  /** The anchors of the ids it was published under before (`formerIds`): old links still land on it. */
  readonly formerAnchors: readonly string[];
  /** The name as the article wrote it. */
  readonly by: string;
  readonly byHref: string | undefined;
  /** Where the speaker is only inferred: whom it is attributed to ("attributed to …"), and why. */
  readonly inferred: { readonly attribution: string; readonly note: string | undefined } | undefined;
  readonly figure: { readonly text: string; readonly measure: string; readonly href: string } | undefined;
  readonly says: string;
  /** Where the article gives the statement no day: what it says of when. */
  readonly undated: string | undefined;
  readonly quote: string;
  readonly article: {
    readonly title: string;
    readonly href: string;
    readonly publisher: string;
    readonly published: PartialDate;
    readonly certainty: Article['published']['certainty'];
  };
  /** The passage, highlighted in its article. */
  readonly quoteHref: string;
  /** The claim's event, where the card is not on that event's page. */
  readonly event: { readonly title: string; readonly href: string; readonly date: PartialDate } | undefined;
  /** The claim in context, on its event's page. */
  readonly inContextHref: string;
  /** Its own page, whose link preview shows the claim's words: what is shared. */
  readonly share: ShareView;
}

export function claimView(
  claim: ClaimInContext,
  speaker: Speaker | undefined,
  links: Links,
  event?: { readonly title: string; readonly date: PartialDate },
): ClaimView {
  const page = links.claimPage(claim.event, claim.id);
  return {
    id: claim.id,
    anchor: anchors.claim(claim.id),
    formerAnchors: claim.formerIds.map((id) => anchors.claim(id)),
    by: claim.by,
    byHref: speaker ? links.person(speaker.person.id) : undefined,
    inferred: speaker?.inferred ? { attribution: attributedTo(speaker.person.name), note: speaker.note } : undefined,
    figure: claim.figure && {
      text: figureText(claim.figure.given, claim.figure.unit),
      measure: claim.figure.measure,
      href: links.measure(claim.figure.measure),
    },
    says: claim.says,
    undated: claim.undated,
    quote: claim.quote,
    article: {
      title: claim.article.title,
      href: links.article(claim.article.slug),
      publisher: claim.article.publisher,
      published: claim.article.published,
      certainty: claim.article.publishedCertainty,
    },
    quoteHref: links.quote(claim.article.slug, claim.id),
    event: event && { title: event.title, href: links.claim(claim.event, claim.id), date: event.date },
    inContextHref: links.claim(claim.event, claim.id),
    share: {
      href: page,
      url: links.absolute(page),
      title: `${speaker ? speakerName(speaker, claim.article) : claim.by}: ${claim.says}`,
      kind: 'claim',
    },
  };
}
