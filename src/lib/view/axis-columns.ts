/**
 * Where the time axis puts the marks of crowded days. A day's events stand in one column,
 * and neighbouring days share a column while it has room; columns closer than one hit area
 * are moved apart sideways, as little as they can, and never out of the drawing.
 */

export interface Column {
  /** Indexes of the marks in it, bottom first, in date order. */
  readonly members: readonly number[];
  /** The centre of the column. */
  readonly x: number;
}

/**
 * `days`: the marks' true places, grouped by day, in date order. A day joins the column
 * before it when that column starts less than half a `gap` before it (a few days, so that a
 * column never stands for a whole month) and has room for the whole day; a day with more
 * marks than `height` fills columns of its own.
 */
export function packColumns(
  days: readonly { x: number; members: readonly number[] }[],
  gap: number,
  height: number,
  width: number,
): Column[] {
  const packed: { start: number; members: number[] }[] = [];
  for (const day of days) {
    const last = packed.at(-1);
    if (last && day.x - last.start < gap / 2 && last.members.length + day.members.length <= height) {
      last.members.push(...day.members);
      continue;
    }
    for (let i = 0; i < day.members.length; i += height)
      packed.push({ start: day.x, members: day.members.slice(i, i + height) });
  }
  const xs = spreadApart(
    packed.map((c) => c.start),
    gap,
    gap / 2,
    width - gap / 2,
  );
  return packed.map((column, i) => ({ members: column.members, x: xs[i]! }));
}

/**
 * The most points that stand within `window` after any one of them (`xs` sorted): a column
 * this tall holds every crowded stretch whole, so it stays at its true place on the axis
 * instead of spilling sideways into months when nothing happened.
 */
export function densestRun(xs: readonly number[], window: number): number {
  let most = 0;
  let end = 0;
  for (let start = 0; start < xs.length; start++) {
    while (end < xs.length && xs[end]! - xs[start]! < window) end++;
    most = Math.max(most, end - start);
  }
  return most;
}

/**
 * Moves sorted points apart until neighbours are at least `gap` apart, within [min, max]:
 * points that would collide are merged into a cluster placed where the sum of the squared
 * moves is least, then clamped. Merging repeats while clusters collide.
 */
export function spreadApart(targets: readonly number[], gap: number, min: number, max: number): number[] {
  // `sum` is Σ(target − k·gap) over a cluster's members, k its place in the cluster.
  const clusters: { size: number; sum: number; x: number }[] = [];
  for (const target of targets) {
    let cluster = { size: 1, sum: target, x: 0 };
    for (;;) {
      cluster.x = Math.min(Math.max(cluster.sum / cluster.size, min), max - (cluster.size - 1) * gap);
      const previous = clusters.at(-1);
      if (!previous || previous.x + previous.size * gap <= cluster.x + 1e-9) break;
      clusters.pop();
      cluster = {
        size: previous.size + cluster.size,
        sum: previous.sum + cluster.sum - cluster.size * previous.size * gap,
        x: 0,
      };
    }
    clusters.push(cluster);
  }
  return clusters.flatMap((c) => Array.from({ length: c.size }, (_, k) => c.x + k * gap));
}
