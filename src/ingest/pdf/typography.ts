// The document's own typography, learned from its lines: the body size and family (the
// commonest by characters), the body line pitch, and the two column edges. Everything later
// is measured against these, so no size or position is hard-coded.

import { fontStyle } from './font-style.js';
import type { TextLine } from './types.js';

/** Body typography and column geometry of one document. */
export interface Typography {
  /** Commonest font size by characters (the body text size). */
  bodySize: number;
  /** Commonest font family by characters (the body face, e.g. "TimesNewRoman"). */
  bodyFamily: string;
  /** Commonest baseline distance between consecutive body lines of one column. */
  pitch: number;
  /** Left text edge of the left (or only) column. */
  leftEdge: number;
  /** Left text edge of the right column, or null for a one-column document. */
  rightEdge: number | null;
  /** Page width (of the first page). */
  pageWidth: number;
}

/** Learns body size, family, pitch and column edges from all lines of a document. */
export function learnTypography(lines: TextLine[], pageWidth: number): Typography {
  const bodySize = modeBy(lines, (l) => String(l.fontSize), (l) => l.text.length);
  const size = bodySize ? Number(bodySize) : 10;
  const bodyFamily = modeBy(lines, (l) => fontStyle(l.fontName).family, (l) => l.text.length) ?? '';
  const body = lines.filter((l) => Math.abs(l.fontSize - size) < 0.3 && fontStyle(l.fontName).family === bodyFamily);
  const { leftEdge, rightEdge } = columnEdges(body, pageWidth);
  return { bodySize: size, bodyFamily, pitch: bodyPitch(body, size, rightEdge), leftEdge, rightEdge, pageWidth };
}

/** True when the line is set in the body face at the body size (superscripts aside). */
export function isBodyType(line: TextLine, t: Typography): boolean {
  return Math.abs(line.fontSize - t.bodySize) < 0.3 && fontStyle(line.fontName).family === t.bodyFamily;
}

// The left edges of body lines pile up at two x positions in a two-column layout (bullet
// continuations add smaller piles a little to the right of each). The most common start and
// the starts within a quarter page of it form one column; the other column is what lies
// farther away, if it holds a fair share of the lines. A column's edge is its leftmost
// well-used start, not its most used one, so indented bullet lines cannot displace it.
function columnEdges(body: TextLine[], pageWidth: number): { leftEdge: number; rightEdge: number | null } {
  const starts = new Map<number, number>();
  for (const l of body) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
  const ranked = [...starts.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return { leftEdge: 0, rightEdge: null };
  const near = ranked.filter(([x]) => Math.abs(x - first[0]) <= pageWidth / 4);
  const far = ranked.filter(([x]) => Math.abs(x - first[0]) > pageWidth / 4);
  const nearEdge = edgeOf(body, near);
  const farCount = far.reduce((n, [, c]) => n + c, 0);
  if (far.length === 0 || farCount < 0.1 * body.length) return { leftEdge: nearEdge, rightEdge: null };
  const farEdge = edgeOf(body, far);
  return nearEdge < farEdge ? { leftEdge: nearEdge, rightEdge: farEdge } : { leftEdge: farEdge, rightEdge: nearEdge };
}

/** The leftmost start used by at least a fifth as many lines as the region's commonest start, as an exact x. */
function edgeOf(body: TextLine[], region: [number, number][]): number {
  const top = Math.max(...region.map(([, c]) => c));
  const x = Math.min(...region.filter(([, c]) => c >= Math.max(2, 0.2 * top)).map(([x]) => x));
  return Math.min(...body.filter((l) => Math.round(l.x) === x).map((l) => l.x));
}

// Consecutive lines of one column and page: the commonest baseline step between 1 and 1.6 times
// the body size is the line pitch (paragraph gaps and headings fall outside that window).
function bodyPitch(body: TextLine[], size: number, rightEdge: number | null): number {
  const steps: number[] = [];
  const key = (l: TextLine): string => `${l.page}:${rightEdge !== null && l.x >= rightEdge - 2 ? 'r' : 'l'}`;
  const byColumn = new Map<string, TextLine[]>();
  for (const l of body) byColumn.set(key(l), [...(byColumn.get(key(l)) ?? []), l]);
  for (const col of byColumn.values()) {
    const ys = col.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) {
      const step = (ys[i] ?? 0) - (ys[i - 1] ?? 0);
      if (step >= size && step <= 1.6 * size) steps.push(step);
    }
  }
  if (steps.length === 0) return 1.2 * size;
  const counts = new Map<number, number>();
  for (const s of steps) counts.set(Math.round(s * 4) / 4, (counts.get(Math.round(s * 4) / 4) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1.2 * size;
  // Average the exact steps in the winning bin so the pitch is not quantised.
  const near = steps.filter((s) => Math.abs(s - best) <= 0.125);
  return near.reduce((a, b) => a + b, 0) / Math.max(1, near.length);
}

/** The key with the largest total weight. */
function modeBy<T>(items: T[], key: (t: T) => string, weight: (t: T) => number): string | undefined {
  const totals = new Map<string, number>();
  for (const it of items) totals.set(key(it), (totals.get(key(it)) ?? 0) + weight(it));
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
