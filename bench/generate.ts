/**
 * Synthetic content in the site's own format, for the build benchmark: `events` events
 * spread over years, and half as many articles of news length whose claims quote their
 * own bodies word for word. Seeded, so every run builds the same text; it passes the
 * content check (`npm run bench` checks that before it times anything).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as w from './words.ts';

type Rng = () => number;

/** mulberry32: small, fast and deterministic. */
function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const yaml = (value: string) => JSON.stringify(value);
const DAY = 86_400_000;

interface GenEvent {
  id: string;
  date: string;
  /** The last day the date can mean, for the articles' publication dates. */
  latest: number;
  title: string;
  place: string;
}

interface GenClaim {
  id: string;
  event: string;
  by: string;
  says: string;
  quote: string;
  figure?: string;
}

const PHASES = ['escalation', 'negotiation', 'withdrawal', 'aftermath'];

function makeEvents(rng: Rng, count: number): GenEvent[] {
  // About one event every 1.2 days, never less than three years of them, and never more than
  // 29 years: the content check refuses a timeline over MAX_TIMELINE_YEARS (30), so at 10,000
  // events the days fill up instead.
  const span = Math.max(3 * 365, Math.min(Math.round(count * 1.2), 29 * 365)) * DAY;
  const start = Date.UTC(2000, 0, 1);
  const days = Array.from({ length: count }, () => start + Math.floor(rng() * (span / DAY)) * DAY).sort(
    (a, b) => a - b,
  );
  return days.map((time, i) => {
    const day = new Date(time).toISOString().slice(0, 10);
    // Mostly days; some events are known only to the month or the year, as in real reporting.
    const date = i % 97 === 5 ? day.slice(0, 4) : i % 23 === 3 ? day.slice(0, 7) : day;
    const latest = date.length === 4 ? Date.UTC(Number(date), 11, 31) : date.length === 7 ? time + 27 * DAY : time;
    const place = pick(rng, w.places);
    const title = `${cap(pick(rng, w.subjects))} ${pick(rng, w.verbs)} ${place}`;
    return { id: `${date}-${slugOf(title)}-${i}`, date, latest, title, place };
  });
}

function figureSentence(rng: Rng): { sentence: string; figure: string; given: string; what: string } {
  const what = pick(rng, w.counted);
  const n = (1 + Math.floor(rng() * 90)) * 50;
  const forms = [
    { given: n.toLocaleString('en'), value: `{ exact: ${n} }` },
    { given: `about ${n.toLocaleString('en')}`, value: `{ about: ${n} }` },
    { given: `almost ${n.toLocaleString('en')}`, value: `{ almost: ${n} }` },
    { given: `more than ${n.toLocaleString('en')}`, value: `{ moreThan: ${n} }` },
    { given: `${n.toLocaleString('en')} to ${(n * 2).toLocaleString('en')}`, value: `{ between: [${n}, ${n * 2}] }` },
  ];
  const form = pick(rng, forms);
  const speaker = pick(rng, w.speakers);
  const figure = [
    '    figure:',
    `      measure: ${yaml(what.measure)}`,
    `      given: ${yaml(form.given)}`,
    `      value: ${form.value}`,
    `      unit: ${yaml(what.unit)}`,
  ].join('\n');
  return { sentence: `${cap(speaker)} said ${form.given} ${what.what}.`, figure, given: form.given, what: what.what };
}

function plainSentence(rng: Rng, place: string): string {
  const forms = [
    () =>
      `${cap(pick(rng, w.subjects))} ${pick(rng, w.verbs)} ${place} on ${pick(rng, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])}, according to ${pick(rng, w.speakers)}.`,
    () =>
      `“The ${pick(rng, w.nouns)} is ${pick(rng, w.adjectives)}, and nobody here knows what comes next,” ${pick(rng, w.speakers)} said.`,
    () =>
      `The ${pick(rng, w.adjectives)} ${pick(rng, w.nouns)} followed weeks of talks between Washington, Ankara and Moscow.`,
    () =>
      `Residents of ${place} described the ${pick(rng, w.nouns)} as *${pick(rng, w.adjectives)}* and said they feared for their families.`,
    () => `It was not immediately clear how long the ${pick(rng, w.nouns)} near ${pick(rng, w.places)} would last.`,
    () =>
      `${cap(pick(rng, w.speakers))} warned that the ${pick(rng, w.nouns)} could leave a vacuum that IS would exploit.`,
  ];
  return pick(rng, forms)();
}

function makeArticle(rng: Rng, index: number, covered: GenEvent[]): { slug: string; text: string } {
  const paragraphs: string[][] = Array.from({ length: 12 + Math.floor(rng() * 5) }, (_, p) =>
    Array.from({ length: 2 + Math.floor(rng() * 2) }, () => plainSentence(rng, covered[p % covered.length]!.place)),
  );
  // Eight claims over the covered events, each quoting a sentence the body really carries.
  const claims: GenClaim[] = Array.from({ length: 8 }, (_, k) => {
    const event = covered[k % covered.length]!;
    const paragraph = paragraphs[(k * 3 + 1) % paragraphs.length]!;
    // An id says no more than its claim: its words are in the paraphrase (`tag`).
    const id = `report-${index}-claim-${k}`;
    const tag = ` (report ${index}, claim ${k})`;
    if (k % 3 === 0) {
      const f = figureSentence(rng);
      paragraph.push(f.sentence);
      return {
        id,
        event: event.id,
        by: cap(f.sentence.split(' said ')[0]!),
        says: `${cap(f.given)} ${f.what}${tag}.`,
        quote: f.sentence,
        figure: f.figure,
      };
    }
    const speaker = pick(rng, w.speakers);
    const quote = `${cap(pick(rng, w.subjects))} ${pick(rng, w.verbs)} ${event.place}, ${speaker} said; officials called the move ${pick(rng, w.adjectives)}.`;
    paragraph.push(quote);
    return { id, event: event.id, by: cap(speaker), says: `${event.title}${tag}.`, quote };
  });

  const published = new Date(Math.max(...covered.map((e) => e.latest)) + DAY).toISOString().slice(0, 10);
  const title = `${covered[0]!.title}, ${pick(rng, w.speakers)} says`;
  const slug = `${published}-${slugOf(covered[0]!.title)}-${index}`;
  const frontmatter = [
    '---',
    `title: ${yaml(title)}`,
    `published: { date: ${yaml(published)}, certainty: "known" }`,
    'source:',
    `  publisher: ${yaml(pick(rng, w.publishers))}`,
    ...(index % 2 === 0 ? [`  url: ${yaml(`https://news.example.org/${slug}`)}`] : []),
    'claims:',
    ...claims.flatMap((c) => [
      `  - id: ${yaml(c.id)}`,
      `    event: ${yaml(c.event)}`,
      `    by: ${yaml(c.by)}`,
      `    says: ${yaml(c.says)}`,
      `    quote: ${yaml(c.quote)}`,
      ...(c.figure ? [c.figure] : []),
    ]),
    '---',
  ];
  const body = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
  return { slug, text: `${frontmatter.join('\n')}\n\n${body}\n` };
}

function eventYaml(rng: Rng, event: GenEvent, i: number): string {
  const lines = [
    `- id: ${yaml(event.id)}`,
    `  date: ${yaml(event.date)}`,
    `  title: ${yaml(event.title)}`,
    `  summary: ${yaml(`${event.title}, in a ${pick(rng, w.adjectives)} turn of the ${pick(rng, w.nouns)}. Reports from the area describe what followed.`)}`,
    `  place: ${yaml(event.place)}`,
    `  phase: ${yaml(PHASES[i % PHASES.length]!)}`,
    `  actors: [${yaml(pick(rng, w.actorIds))}]`,
    `  topics: [${yaml(pick(rng, w.topicIds))}]`,
  ];
  // The generated summaries name no publisher (the articles are drawn after the events), and say why.
  lines.push(`  notAttributed: ${yaml('Generated content: the summary is not written from its articles.')}`);
  // The generated reports are written after the event and name no day: the date is from outside them.
  lines.push('  dateFrom: "outside"');
  if (event.date.length < 10) lines.push(`  dateBasis: ${yaml('The reports give only the month or the year.')}`);
  else lines.push(`  dateBasis: ${yaml('Dated from the wire reports of the day.')}`);
  return lines.join('\n');
}

/** Writes `dir/events.yaml`, `dir/phases.yaml` and `dir/articles/*.md`; returns the counts. */
export function generateContent(dir: string, eventCount: number, seed = 7): { events: number; articles: number } {
  const rng = seeded(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const events = makeEvents(rng, eventCount);
  const phases = PHASES.map(
    (id) => `- id: ${yaml(id)}\n  title: ${yaml(cap(id))}\n  summary: ${yaml(`The ${id} phase of the story.`)}`,
  );
  writeFileSync(join(dir, 'phases.yaml'), `${phases.join('\n\n')}\n`);
  writeFileSync(join(dir, 'events.yaml'), `${events.map((e, i) => eventYaml(rng, e, i)).join('\n\n')}\n`);
  // Article j covers events 2j, 2j+1 and 2j+2: every event has a claim, many have two sources.
  const articleCount = Math.ceil(eventCount / 2);
  for (let j = 0; j < articleCount; j++) {
    const covered = events.slice(2 * j, 2 * j + 3);
    const { slug, text } = makeArticle(rng, j, covered);
    writeFileSync(join(dir, 'articles', `${slug}.md`), text);
  }
  return { events: events.length, articles: articleCount };
}
