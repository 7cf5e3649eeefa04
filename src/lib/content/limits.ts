/**
 * The largest content the site accepts, field by field. Each is far above what an article
 * needs (the longest field in `content/` is a third of its limit or less) and far below
 * what would make a page of megabytes, a file name the file system refuses, or markdown
 * nested deep enough to overflow the stack of the parsers that walk it.
 */

/** An article body longer than this is a pasted page, not an article. */
export const MAX_BODY_CHARS = 200_000;

/** Headlines and titles: `<title>`, `<h1>`, the feed, the preview image. */
export const MAX_TITLE_CHARS = 300;

/** Names: a speaker, a publisher, an author, a place, a figure as given. */
export const MAX_NAME_CHARS = 200;

/** Sentences in the site's words or the article's: summaries, notes, paraphrases, quotes. */
export const MAX_PROSE_CHARS = 2_000;

/** Addresses of articles. */
export const MAX_URL_CHARS = 2_000;

/**
 * Ids become file names (`og/events/<id>.png`, `events/<id>/index.html`): most file systems
 * refuse a name over 255 bytes, and a URL that long is no permalink.
 */
export const MAX_ID_CHARS = 100;

/** The shortest quote: a passage a reader can find and see, not one word or one letter. */
export const MIN_QUOTE_WORDS = 3;

/** Lists, block quotes and other containers inside each other, in an article body. */
export const MAX_MARKDOWN_NESTING = 16;

/**
 * Emphasis, code and link markers (`*`, `_`, `~`, backticks, `[`, `]`) the inline parser
 * may face in one paragraph and in one body. Its time grows with their square in a
 * paragraph (`*a` 60,000 times: minutes) and about 50 µs each over a body; the articles
 * have at most two a paragraph. At these limits the worst inputs found (emphasis, bracket
 * and backtick runs, `*_a`, nested brackets) parse in well under a second.
 */
export const MAX_INLINE_MARKERS_PER_PARAGRAPH = 200;
export const MAX_INLINE_MARKERS_PER_BODY = 2_000;

/**
 * Lines in an article body. The parser spends up to half a millisecond a line on a busy
 * machine, and setext underlines (`a`, `=`, over and over) more than the square of their
 * count: 6,000 took 23 s. The longest body in `content/` has under 400 lines; a body at
 * the character limit in paragraphs of 500 characters has 800.
 */
export const MAX_BODY_LINES = 2_000;

/**
 * The largest number a figure may hold: more than the people on Earth, far below the
 * numbers that overflow to infinity when converted ("20-mile" as 1.7e308 read "∞ km").
 */
export const MAX_FIGURE_VALUE = 10_000_000_000;

/**
 * The most days an article's publication may come after the latest event it reports. The
 * articles are news of the days they report (a week at most); a year leaves room for a
 * look back, and refuses a mistyped year.
 */
export const MAX_REPORTING_LAG_DAYS = 366;

/** YAML aliases in one file: more is a "billion laughs" attack, not content. */
export const MAX_YAML_ALIASES = 100;

/** The years a date may name: outside them a date is a typo (`0219` for `2019`), not news. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

/**
 * The most years from the first event to the last. The time axis draws every month between
 * them: an event in the year 50 made the timeline page 17 MB and its build a minute longer.
 */
export const MAX_TIMELINE_YEARS = 30;
