/**
 * Reading a V8 CPU profile (`node --cpu-prof`): the self time of each call frame, and the
 * cost it belongs to, named by the package or site module the frame's code comes from.
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Profiler/#type-Profile
 */

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
}

export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame }[];
  readonly samples: readonly number[];
  /** Microseconds before each sample. */
  readonly timeDeltas: readonly number[];
}

/** Milliseconds of self time per call frame: each sample's interval goes to the frame it hit. */
export function selfTimes(profile: CpuProfile): Map<CallFrame, number> {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const times = new Map<CallFrame, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (frame) times.set(frame, (times.get(frame) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}

/** First match wins: the package or module the time is spent in, in words. */
const COSTS: readonly [RegExp, string][] = [
  [/^\(garbage collector\)$/, 'garbage collection'],
  [/^\((idle|program)\)$/, 'waiting and V8 itself (idle, compiling)'],
  [/@napi-rs\/canvas|preview-(image|canvas|png)/, 'preview images: painting and encoding 1200×630 PNGs'],
  [/node_modules\/(yaml)\//, 'the content check: YAML parsing (`yaml`)'],
  [/content-check|content\/checks\/|load\.ts|permalinks/, 'the content check: schema and cross-checks'],
  [
    /micromark|mdast|remark|unified|unist|hast|rehype|vfile|markdown\.ts|quote-marks|article-html/,
    'markdown: remark parsing, quote marking, article HTML',
  ],
  [
    /satteri|@astrojs\/markdown|js-yaml|astro\/dist\/content\/|devalue/,
    "Astro's content layer: its own frontmatter and markdown, the data store",
  ],
  [/zod/, 'schema validation (Zod)'],
  [/vite|rollup|rolldown|esbuild|lightningcss|postcss/, 'bundling (Vite)'],
  [/\.prerender\/|\/src\//, "the site's pages and model: rendering and view models"],
  [/node_modules\/astro\//, "Astro's renderer and build"],
  [/^node:/, 'Node itself: files, streams, compression'],
];

export function categorise(frame: CallFrame): string {
  const key = frame.url || frame.functionName;
  for (const [pattern, cost] of COSTS) if (pattern.test(key)) return cost;
  return key.includes('node_modules')
    ? `other packages (${key.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')})`
    : 'other';
}
