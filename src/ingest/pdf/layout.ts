// Page layout: which column each line is in, which lines are page furniture (running header
// and footer), which are the masthead (date and title on page 1) and the disclaimer page, and
// the reading order of the rest.

import { fontStyle } from './font-style.js';
import type { Typography } from './typography.js';
import type { Column, TextLine } from './types.js';

/** Where a line belongs on its page. */
export type Zone = 'masthead' | 'flow' | 'header' | 'footer' | 'disclaimer';

/** A text line with its column and zone. */
export interface PlacedLine extends TextLine {
  /** Column by x position. */
  column: Column;
  /** Masthead, reading flow, running header/footer, or disclaimer text. */
  zone: Zone;
}

/** The lines of a document sorted into reading order and furniture. */
export interface Layout {
  /** Masthead lines, then per page the flow in reading order (disclaimer-page report numbers included). */
  flow: PlacedLine[];
  /** Headers, footers and disclaimer lines, page by page, top to bottom. */
  furniture: PlacedLine[];
}

/** Page sizes, by page number. */
export type PageSizes = ReadonlyMap<number, { width: number; height: number }>;

// Tolerances in points: how far a column line may start left of its column edge, and how
// closely furniture lines on different pages must share a baseline.
const EDGE_SLACK = 2;
const SAME_Y = 1.5;
// The CRS footer carries the product URL; its last-page form adds "IF12610 · VERSION 6 · UPDATED".
const FOOTER_TEXT = /crsreports\.congress\.gov|·\s*VERSION\s+\d+\s*·/i;
const DISCLAIMER_HEADING = /^disclaimer$/i;

/** The masthead date line: "Updated April 17, 2026", or "April 9, 2026" on a brief's first version. */
export const DATE_LINE =
  /^(?:Updated\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}$/;

/** Assigns columns and zones and puts the lines of all pages into reading order. */
export function layOut(lines: TextLine[], t: Typography, sizes: PageSizes): Layout {
  const placed: PlacedLine[] = lines.map((l) => ({ ...l, column: columnOf(l, t), zone: 'flow' }));
  markFurniture(placed, sizes);
  markMasthead(placed, t);
  markDisclaimer(placed, t);
  const furniture = placed.filter((l) => l.zone === 'header' || l.zone === 'footer' || l.zone === 'disclaimer');
  furniture.sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const masthead = placed.filter((l) => l.zone === 'masthead').sort((a, b) => a.y - b.y || a.x - b.x);
  const pages = [...new Set(placed.map((l) => l.page))].sort((a, b) => a - b);
  const flow = [...masthead];
  for (const p of pages) flow.push(...readingOrder(placed.filter((l) => l.page === p && l.zone === 'flow')));
  return { flow, furniture };
}

/** Left column, right column, or full width (a line that crosses the gutter). */
export function columnOf(line: TextLine, t: Typography): Column {
  if (t.rightEdge === null) return 'full';
  if (line.x >= t.rightEdge - EDGE_SLACK) return 'right';
  return line.x + line.width > t.rightEdge + EDGE_SLACK ? 'full' : 'left';
}

/** The x where a column's text starts (the left edge for full-width lines). */
export function columnEdge(column: Column, t: Typography): number {
  return column === 'right' && t.rightEdge !== null ? t.rightEdge : t.leftEdge;
}

// Running headers and footers repeat at one baseline on several pages; the id footer of the
// last page differs in text but shares that baseline. A header/footer is a repeated line, a
// line on a furniture baseline, or a line carrying the CRS footer text, and it sits outside the
// body's vertical range (the top or bottom fifth of the page).
function markFurniture(lines: PlacedLine[], sizes: PageSizes): void {
  // Lines with the same text at the same baseline on two or more pages.
  const seen = new Map<string, Set<number>>();
  const key = (l: PlacedLine): string => `${Math.round(l.y / SAME_Y)}|${l.text}`;
  for (const l of lines) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(l.page));
  const furnitureYs = lines.filter((l) => (seen.get(key(l))?.size ?? 0) >= 2).map((l) => l.y);
  for (const l of lines) {
    const height = sizes.get(l.page)?.height ?? 792;
    const inMargin = l.y < 0.2 * height || l.y > 0.8 * height;
    if (!inMargin) continue;
    const onFurnitureY = furnitureYs.some((y) => Math.abs(l.y - y) <= SAME_Y);
    if (onFurnitureY || FOOTER_TEXT.test(l.text)) l.zone = l.y < height / 2 ? 'header' : 'footer';
  }
}

// The masthead is page 1's title (the largest bold type on the page, on one or more
// consecutive lines) and the date line, which CRS sets above the title ("Updated April 17,
// 2026", or "April 9, 2026" for a new brief) and which is accepted just under it too. Other
// text up there (a banner or logo set as text) is kept out of the flow with the headers.
function markMasthead(lines: PlacedLine[], t: Typography): void {
  const page1 = lines.filter((l) => l.page === 1 && l.zone === 'flow');
  const big = page1.filter((l) => l.fontSize >= 1.3 * t.bodySize && isAllBold(l));
  const top = Math.max(...big.map((l) => l.fontSize), 0);
  const titles = big.filter((l) => Math.abs(l.fontSize - top) < 0.3).sort((a, b) => a.y - b.y);
  const first = titles[0];
  if (!first) return;
  // Title lines follow one another at about 1.2 times their size; stop at the first larger gap.
  let bottom = first.y;
  for (const l of titles.slice(1)) {
    if (l.y - bottom > 1.6 * top) break;
    bottom = l.y;
  }
  for (const l of page1) {
    const above = l.y <= bottom + 0.2 * top;
    const dateBelow = !above && l.y <= bottom + 2 * top && DATE_LINE.test(l.text);
    if (!above && !dateBelow) continue;
    const isTitle = above && l.y >= first.y - 0.2 * top && Math.abs(l.fontSize - top) < 0.3 && isAllBold(l);
    l.zone = isTitle || DATE_LINE.test(l.text) ? 'masthead' : 'header';
    l.column = 'full';
  }
}

// The CRS disclaimer page opens with a bold "Disclaimer" heading set larger than the body;
// that heading and the full-width text under it are out of the reading flow.
function markDisclaimer(lines: PlacedLine[], t: Typography): void {
  const heading = lines.find(
    (l) => l.zone === 'flow' && DISCLAIMER_HEADING.test(l.text) && isAllBold(l) && l.fontSize > t.bodySize,
  );
  if (!heading) return;
  for (const l of lines) {
    if (l.page !== heading.page || l.zone !== 'flow' || l.y < heading.y - SAME_Y) continue;
    l.zone = 'disclaimer';
    l.column = 'full';
  }
}

/** True when every visible run of the line is bold. */
export function isAllBold(line: TextLine): boolean {
  return line.runs.every((r) => r.bold || r.text.trim() === '') && line.runs.some((r) => r.bold);
}

// Reading order on one page: full-width lines cut the page into bands; in each band the left
// column is read top to bottom, then the right column; a full-width line stands between bands.
function readingOrder(lines: PlacedLine[]): PlacedLine[] {
  const byY = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PlacedLine[] = [];
  let band: PlacedLine[] = [];
  const flush = (): void => {
    out.push(...band.filter((l) => l.column === 'left'), ...band.filter((l) => l.column === 'right'));
    band = [];
  };
  for (const l of byY) {
    if (l.column === 'full') {
      flush();
      out.push(l);
    } else {
      band.push(l);
    }
  }
  flush();
  return out;
}

/** The family of a line's dominant font. */
export function familyOf(line: TextLine): string {
  return fontStyle(line.fontName).family;
}
