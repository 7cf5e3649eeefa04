/** The benchmark's chart: build time against number of events, log–log, one line per build. */
import type { SizeResult } from './results.ts';

const W = 640;
const H = 360;
const PAD = { left: 64, right: 150, top: 24, bottom: 48 };
const SERIES = [
  { key: 'site', label: 'this site', colour: '#b3261e' },
  { key: 'astro', label: 'bare Astro', colour: '#1f5fa8' },
  { key: 'hugo', label: 'Hugo', colour: '#2e7d32' },
] as const;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function logScale(min: number, max: number, from: number, to: number): (v: number) => number {
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  return (v) => from + ((Math.log10(v) - lo) / (hi - lo || 1)) * (to - from);
}

function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

export function chartSvg(results: readonly SizeResult[]): string {
  const sizes = results.map((r) => r.size);
  const times = results.flatMap((r) => SERIES.flatMap((s) => (r[s.key] ? [r[s.key]!.seconds] : [])));
  const yTicks = decades(Math.min(...times), Math.max(...times));
  const xTicks = decades(Math.min(...sizes), Math.max(...sizes));
  const x = logScale(xTicks[0]!, xTicks.at(-1)!, PAD.left, W - PAD.right);
  const y = logScale(yTicks[0]!, yTicks.at(-1)!, H - PAD.bottom, PAD.top);
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ccc"/>`);
    parts.push(
      `<text x="${PAD.left - 8}" y="${y(t) + 4}" text-anchor="end">${t < 1 ? t : t.toLocaleString('en')} s</text>`,
    );
  }
  for (const t of xTicks) {
    parts.push(`<line x1="${x(t)}" x2="${x(t)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${x(t)}" y="${H - PAD.bottom + 18}" text-anchor="middle">${t.toLocaleString('en')}</text>`);
  }
  parts.push(`<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">events (log scale)</text>`);
  parts.push(
    `<text x="14" y="${(PAD.top + H - PAD.bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})">cold build time (log scale)</text>`,
  );
  SERIES.forEach((s, i) => {
    const points = results.flatMap((r) => (r[s.key] ? [[x(r.size), y(r[s.key]!.seconds)] as const] : []));
    if (points.length === 0) return;
    parts.push(
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${points.map((p) => p.join(',')).join(' ')}"/>`,
    );
    for (const [px, py] of points) parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${s.colour}"/>`);
    const ly = PAD.top + 16 + i * 22;
    parts.push(
      `<line x1="${W - PAD.right + 14}" x2="${W - PAD.right + 38}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${W - PAD.right + 44}" y="${ly}">${esc(s.label)}</text>`);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="t">`,
    '<title id="t">Cold build time against number of events: this site, bare Astro and Hugo</title>',
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
