/**
 * The link-preview image of a dispute: a measure's figures drawn as bars on one scale, each
 * with who gave it (speaker and publisher), so that a shared link to `/claims/` or to a
 * measure shows the disagreement itself: 100 / almost 800 / 950, and whose each is.
 */
import { plural } from '../model/labels.ts';
import {
  svgText,
  FONT_FAMILY,
  PAD,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  TEXT_WIDTH,
  textWidth,
  wrapText,
} from './preview-image.ts';

export interface FiguresPreviewRow {
  /** "almost 800 people". */
  readonly figure: string;
  /** "attributed to Kurdish-led administration": shortened with an ellipsis where the line is full. */
  readonly speaker: string;
  /** "BBC News": always whole. */
  readonly publisher: string;
  /** The figure as an interval on the measure's scale; `high` may be Infinity (a lower bound). */
  readonly low: number;
  readonly high: number;
}

export interface FiguresPreview {
  readonly kicker: string;
  readonly title: string;
  /** "Sources disagree: 100 to 950 people". */
  readonly summary: string;
  readonly rows: readonly FiguresPreviewRow[];
}

/** At most this many figures are drawn; a line says how many more there are. */
export const PREVIEW_ROWS = 5;

/** The figures an image draws, and how many it leaves out: the image and its alt text both say so. */
export function drawnRows<T>(rows: readonly T[]): { shown: readonly T[]; more: number } {
  const shown = rows.slice(0, PREVIEW_ROWS);
  return { shown, more: rows.length - shown.length };
}

export function figuresPreviewSvg(preview: FiguresPreview): string {
  const { shown, more } = drawnRows(preview.rows);
  const finite = shown.flatMap((row) => [row.low, row.high]).filter(Number.isFinite);
  const max = Math.max(...finite, 1) * 1.08;
  const x = (value: number) => PAD + (Math.min(value, max) / max) * TEXT_WIDTH;
  const titleLines = wrapText(preview.title, 52, TEXT_WIDTH, 2);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#122a45"/>`,
    `<rect x="0" y="0" width="16" height="${PREVIEW_HEIGHT}" fill="#f2b544"/>`,
    `<text x="${PAD}" y="66" font-size="30" fill="#c9d9ee">${svgText(preview.kicker)}</text>`,
  ];
  let y = 66;
  for (const line of titleLines) {
    y += 58;
    parts.push(`<text x="${PAD}" y="${y}" font-size="52" font-weight="700" fill="#ffffff">${svgText(line)}</text>`);
  }
  y += 46;
  parts.push(
    `<text x="${PAD}" y="${y}" font-size="34" font-weight="700" fill="#f2b544">${svgText(wrapText(preview.summary, 34, TEXT_WIDTH, 1)[0] ?? '')}</text>`,
  );
  // The rows share what is left of the height.
  const rowHeight = Math.min(84, (PREVIEW_HEIGHT - 36 - y - (more > 0 ? 34 : 0)) / Math.max(shown.length, 1));
  for (const row of shown) {
    const top = y + 14;
    // The speaker gives way (an ellipsis) before the publisher does: both say whose the figure is.
    const room = TEXT_WIDTH - textWidth(`${row.figure} ·  · ${row.publisher}`, 28);
    const speaker = wrapText(row.speaker, 28, room, 1)[0] ?? '';
    parts.push(
      `<text x="${PAD}" y="${top + 28}" font-size="28" fill="#ffffff"><tspan font-weight="700">${svgText(row.figure)}</tspan>${svgText(` · ${speaker} · ${row.publisher}`)}</text>`,
    );
    const x1 = x(row.low);
    const x2 = Number.isFinite(row.high) ? x(row.high) : PAD + TEXT_WIDTH;
    const barY = top + 40;
    parts.push(
      x2 - x1 < 14
        ? `<circle cx="${x1}" cy="${barY + 8}" r="9" fill="#f2b544"/>`
        : `<rect x="${x1}" y="${barY}" width="${x2 - x1}" height="16" rx="8" fill="#f2b544" fill-opacity="${Number.isFinite(row.high) ? 0.85 : 0.6}"/>`,
    );
    y += rowHeight;
  }
  if (more > 0)
    parts.push(
      `<text x="${PAD}" y="${y + 34}" font-size="26" fill="#c9d9ee">and ${plural(more, 'more figure')}</text>`,
    );
  parts.push('</svg>');
  return parts.join('');
}
