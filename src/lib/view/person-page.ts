/**
 * A person's or organisation's page: what they said first, claim by claim in the order of
 * the events they speak of, then how the articles name them. Built once per person.
 */
import type { ClaimsModel, PersonView } from '../model/claims-model.ts';
import type { TimelineEvent } from '../model/timeline.ts';
import { comparePartialDates } from '../content/dates.ts';
import { plural } from '../model/labels.ts';
import { paths, type Links } from '../site/urls.ts';
import { claimView, type ClaimView } from './claim-view.ts';

export interface PersonPageView {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly description: string;
  readonly lede: string;
  readonly peopleHref: string;
  /** "What they said: 3 claims". */
  readonly claimsHeading: string;
  /** In the order of their events' dates, then of the articles' publication. */
  readonly claims: readonly ClaimView[];
  readonly namesHeading: string;
  readonly spellings: readonly {
    readonly form: string;
    readonly inferred: boolean;
    readonly note: string | undefined;
    readonly articles: readonly { readonly title: string; readonly href: string }[];
  }[];
}

export function buildPersonPage(
  view: PersonView,
  events: ReadonlyMap<string, TimelineEvent>,
  titles: ReadonlyMap<string, string>,
  links: Links,
): PersonPageView {
  const { person } = view;
  const isPerson = person.kind === 'person';
  const claims = view.claims
    .map(({ claim, speaker }, i) => ({ claim, speaker, event: events.get(claim.event), i }))
    .sort(
      (a, b) =>
        (a.event && b.event ? comparePartialDates(a.event.date, b.event.date) : 0) ||
        comparePartialDates(a.claim.article.published, b.claim.article.published) ||
        a.i - b.i,
    );
  return {
    id: person.id,
    path: paths.person(person.id),
    name: person.name,
    description: `What ${person.name} said, claim by claim, across the articles.`,
    lede:
      person.description ?? (isPerson ? 'A person named in the articles.' : 'An organisation named in the articles.'),
    peopleHref: links.people(),
    claimsHeading: `What ${isPerson ? 'they' : 'it'} said: ${plural(view.claims.length, 'claim')}`,
    claims: claims.map(({ claim, speaker, event }) => claimView(claim, speaker, links, event)),
    namesHeading: `How the articles name ${isPerson ? 'them' : 'it'}`,
    spellings: view.spellings.map(({ alias, articles }) => ({
      form: alias.form,
      inferred: alias.inferred,
      note: alias.note,
      articles: articles.map((slug) => ({ title: titles.get(slug) ?? slug, href: links.article(slug) })),
    })),
  };
}

export function buildPersonPages(
  model: ClaimsModel,
  timeline: {
    readonly events: readonly TimelineEvent[];
    readonly articles: readonly { slug: string; title: string }[];
  },
  links: Links,
): PersonPageView[] {
  const events = new Map(timeline.events.map((event) => [event.id, event]));
  const titles = new Map(timeline.articles.map((article) => [article.slug, article.title]));
  return model.people.map((view) => buildPersonPage(view, events, titles, links));
}
