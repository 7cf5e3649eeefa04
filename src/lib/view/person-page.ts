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
import { isSplit, listParts, PAGE_LIMITS, partPath, splitList } from './split.ts';
import { splitNav, type SplitNavView } from './split-nav.ts';
import { periodOf } from './timeline-split.ts';

type PersonPageKind = 'person' | 'organisation' | 'place';

export interface PersonPageView {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  /** A person, an organisation (a government, a publisher) or a place: what a search result calls the page. */
  readonly kind: PersonPageKind;
  readonly description: string;
  readonly lede: string;
  readonly peopleHref: string;
  /** "What they said: 3 claims". */
  readonly claimsHeading: string;
  /** In the order of their events' dates, then of the articles' publication. */
  readonly claims: readonly ClaimView[];
  /** After `/people/<id>/`, a period's segments (`2019/10`) where the claims are split; `undefined` on the first page. */
  readonly rest: string | undefined;
  /** Where the claims are split: the way up, the periods, previous and next. */
  readonly split: SplitNavView | undefined;
  readonly namesHeading: string;
  readonly spellings: readonly {
    readonly form: string;
    readonly inferred: boolean;
    readonly note: string | undefined;
    /** The first `PAGE_LIMITS.spellingArticles` articles whose text uses the form, in publication order. */
    readonly articles: readonly { readonly title: string; readonly href: string }[];
    /** "and 1,214 more articles", where they are more than the page lists. */
    readonly more: string | undefined;
  }[];
}

export function buildPersonPage(
  view: PersonView,
  events: ReadonlyMap<string, TimelineEvent>,
  titles: ReadonlyMap<string, string>,
  links: Links,
): PersonPageView[] {
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
  const path = paths.person(person.id);
  const claimsHeading = `What ${isPerson ? 'they' : 'it'} said: ${plural(view.claims.length, 'claim')}`;
  const root = splitList(person.name, claims, {
    period: ({ claim, event }) => periodOf(event?.date ?? claim.article.published),
    limit: PAGE_LIMITS.claims,
  });
  const navs = splitNav({ root, listPath: path, href: links.href, countLabel: (n) => plural(n, 'claim') });
  const cards = (items: readonly (typeof claims)[number][]) =>
    items.map(({ claim, speaker, event }) => claimView(claim, speaker, links, event));
  const first: PersonPageView = {
    id: person.id,
    path,
    name: person.name,
    kind: person.kind,
    description: `What ${person.name} said, claim by claim, across the articles.`,
    lede:
      person.description ?? (isPerson ? 'A person named in the articles.' : 'An organisation named in the articles.'),
    peopleHref: links.people(),
    claimsHeading,
    claims: cards(root.items),
    rest: undefined,
    split: isSplit(root) ? navs.get('') : undefined,
    namesHeading: `How the articles name ${isPerson ? 'them' : 'it'}`,
    // The site's own labels (a publisher's name its text never prints) are not the articles' forms.
    spellings: view.spellings
      .filter(({ alias }) => !alias.siteLabel)
      .map(({ alias, articles }) => {
        const listed = articles.slice(0, PAGE_LIMITS.spellingArticles);
        const more = articles.length - listed.length;
        return {
          form: alias.form,
          inferred: alias.inferred,
          note: alias.note,
          articles: listed.map((slug) => ({ title: titles.get(slug) ?? slug, href: links.article(slug) })),
          more: more > 0 ? `and ${plural(more, 'more article')}` : undefined,
        };
      }),
  };
  const periods = listParts(root)
    .filter((part) => part.segments.length > 0)
    .map((part): PersonPageView => ({
      ...first,
      path: partPath(path, part.segments),
      name: `${person.name}, ${part.label}`,
      description: `What ${person.name} said in ${part.label}, claim by claim.`,
      claimsHeading: `What ${isPerson ? 'they' : 'it'} said in ${part.label}: ${plural(part.count, 'claim')}`,
      claims: cards(part.items),
      rest: part.segments.join('/'),
      split: navs.get(part.segments.join('/')),
      spellings: [],
    }));
  return [first, ...periods];
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
  return model.people.flatMap((view) => buildPersonPage(view, events, titles, links));
}
