// Glyph runs → text lines. Runs on one baseline are cut where a wide horizontal gap
// separates them (the column gutter), raised or lowered smaller runs (superscripts such as
// "119th") are put back into the line they belong to, and the text keeps the text layer's
// spacing: spaces only where pdf.js reports whitespace or where the gap between two runs is
// as wide as a space.

import type { GlyphRun, LineRun, PdfPage, TextLine } from './types.js';

/** Tunable thresholds, all in ems of the line's font size. */
export interface LineOptions {
  /** Baselines closer than this belong to one row. */
  baselineTolerance: number;
  /** A horizontal gap wider than this between visible runs starts a new line (the gutter). */
  splitGap: number;
  /** Without a whitespace run, a gap at least this wide still reads as one space. */
  spaceGap: number;
}

/** Defaults in the middle of the ranges where all five development briefs come out right (see `measure-pdf --sweep`): the CRS gutter is about 1.5 em. */
export const DEFAULT_LINE_OPTIONS: LineOptions = { baselineTolerance: 0.2, splitGap: 1.1, spaceGap: 0.2 };

// A run this much smaller than a neighbouring line's size is a superscript or subscript
// candidate, and it must sit within this band around that line's baseline.
const SMALL_RATIO = 0.85;
const RAISE_MAX = 0.6;
const LOWER_MAX = 0.35;
// An approximate space width; the real one is not exposed by pdf.js. A whitespace run of twice
// this width is a double space; wider gaps (tab stops after a bullet glyph) count as two.
const SPACE_EM = 0.25;
const MAX_SPACES = 2;
const BULLETS = new Set(['•', '●', '▪', '■', '◦', '○', '‣', '⁃', '\uf0b7']);

/** Builds the page's text lines from its runs, top to bottom then left to right. */
export function buildLines(page: PdfPage, opts: LineOptions = DEFAULT_LINE_OPTIONS): TextLine[] {
  const upright = page.runs.filter((r) => !r.rotated);
  const visible = upright.filter((r) => !r.space);
  const spaces = upright.filter((r) => r.space);
  const segments = rows(visible, opts).flatMap((row) => splitRow(row, opts));
  const merged = attachSmallRuns(segments);
  return merged
    .map((seg) => toLine(page.number, seg, spaces, opts))
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Groups runs into rows of (nearly) equal baseline by single linkage: sorted by baseline, a run
 * joins the row when it is within the tolerance of the run before it. Rows may hold both
 * columns (their baselines often differ by a fraction of a point); the gutter split then takes
 * them apart, and since lines of one column are a whole pitch apart, a chain of near baselines
 * cannot fuse two lines of the same column.
 */
function rows(runs: GlyphRun[], opts: LineOptions): GlyphRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: GlyphRun[][] = [];
  let current: GlyphRun[] = [];
  let prev: GlyphRun | undefined;
  for (const run of sorted) {
    const tol = opts.baselineTolerance * Math.max(run.fontSize, prev?.fontSize ?? 0);
    if (prev && run.y - prev.y > tol) {
      out.push(current);
      current = [];
    }
    current.push(run);
    prev = run;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Cuts a row where a gap wider than the split gap separates two runs; a bullet glyph never ends a segment. */
function splitRow(row: GlyphRun[], opts: LineOptions): GlyphRun[][] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const out: GlyphRun[][] = [];
  let current: GlyphRun[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    const prev = current[current.length - 1];
    const size = Math.max(run.fontSize, prev?.fontSize ?? 0);
    const gap = run.x - end;
    const afterBullet = prev !== undefined && current.length === 1 && BULLETS.has(prev.text.trim());
    if (prev && gap > opts.splitGap * size && !(afterBullet && gap < 3 * size)) {
      out.push(current);
      current = [];
    }
    end = current.length === 0 ? run.x + run.width : Math.max(end, run.x + run.width);
    current.push(run);
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface Box {
  runs: GlyphRun[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Puts superscript/subscript segments into the larger-type segment they touch. */
function attachSmallRuns(segments: GlyphRun[][]): GlyphRun[][] {
  const boxes: Box[] = segments.map((runs) => ({
    runs,
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    y: dominantBaseline(runs),
    size: dominantSize(runs),
  }));
  const absorbed = new Set<Box>();
  for (const small of boxes) {
    let best: Box | undefined;
    for (const big of boxes) {
      if (big === small || absorbed.has(big)) continue;
      if (small.size >= SMALL_RATIO * big.size) continue;
      const dy = small.y - big.y;
      if (dy < -RAISE_MAX * big.size || dy > LOWER_MAX * big.size) continue;
      const reach = 0.5 * big.size;
      if (small.x1 < big.x0 - reach || small.x0 > big.x1 + reach) continue;
      if (!best || Math.abs(dy) < Math.abs(small.y - best.y)) best = big;
    }
    if (best) {
      best.runs.push(...small.runs);
      best.x0 = Math.min(best.x0, small.x0);
      best.x1 = Math.max(best.x1, small.x1);
      absorbed.add(small);
    }
  }
  return boxes.filter((b) => !absorbed.has(b)).map((b) => b.runs);
}

/** Assembles a segment's text and styled runs, with spaces decided from whitespace runs and gaps. */
function toLine(page: number, seg: GlyphRun[], spaces: GlyphRun[], opts: LineOptions): TextLine {
  const runs = dropOverprint([...seg].sort((a, b) => a.x - b.x));
  const size = dominantSize(runs);
  const y = dominantBaseline(runs);
  const styled: LineRun[] = [];
  let text = '';
  const marker = runs[0] ? markerOf(runs[0], runs[1]) : undefined;
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    let piece = run.text;
    if (next) piece += ' '.repeat(spacesBetween(run, next, spaces, size, y, opts));
    text += piece;
    const last = styled[styled.length - 1];
    // A list-marker glyph keeps a styled run of its own, so the item's first real run (a bold
    // lead, say) is the line's second run.
    const afterMarker = i === 1 && marker !== undefined;
    if (last && !afterMarker && last.bold === run.bold && last.italic === run.italic && Math.abs(last.fontSize - run.fontSize) < 0.1) {
      last.text += piece;
    } else {
      styled.push({ text: piece, bold: run.bold, italic: run.italic, fontSize: round2(run.fontSize) });
    }
  });
  const lead = text.length - text.trimStart().length;
  trimRuns(styled, lead);
  const first = runs[0];
  const x0 = first ? first.x : 0;
  const x1 = Math.max(...runs.map((r) => r.x + r.width));
  return {
    ...(marker ? { marker } : {}),
    page,
    x: round2(x0),
    y: round2(y),
    width: round2(x1 - x0),
    fontSize: round2(size),
    fontName: dominantFont(runs),
    text: text.trim(),
    runs: styled,
  };
}

/**
 * The list marker a line starts with: a bullet character, or the "o" that Word sets in Courier
 * for second-level items. When the glyph shares its run with the item text (a bullet in the
 * body font), the text start is estimated from the run's average advance.
 */
function markerOf(first: GlyphRun, second: GlyphRun | undefined): TextLine['marker'] {
  const t = first.text.trim();
  const glyphFont = /courier|symbol|wingding/i.test(first.fontName);
  if (second && (BULLETS.has(t) || ((t === 'o' || t === '§' || t === 'Ø') && glyphFont))) {
    return { glyph: t, textX: round2(second.x) };
  }
  const m = /^([•●▪■◦○‣⁃\uf0b7])(\s+)\S/u.exec(first.text);
  if (!m || !m[1] || !m[2]) return undefined;
  const cut = m[1].length + m[2].length;
  return { glyph: m[1], textX: round2(first.x + (first.width * cut) / Math.max(1, first.text.length)) };
}

/** How many spaces separate two neighbouring runs on a line. */
function spacesBetween(a: GlyphRun, b: GlyphRun, spaces: GlyphRun[], size: number, y: number, opts: LineOptions): number {
  if (/\s$/.test(a.text) || /^\s/.test(b.text)) return 0;
  const aEnd = a.x + a.width;
  const band = 0.7 * size;
  let width = 0;
  for (const s of spaces) {
    if (Math.abs(s.y - y) > band) continue;
    if (s.x >= aEnd - 0.5 && s.x < b.x - 0.2 + 0.5) width += s.width;
  }
  if (width > 0) return Math.min(MAX_SPACES, Math.max(1, Math.round(width / (SPACE_EM * size))));
  return b.x - aEnd >= opts.spaceGap * size ? 1 : 0;
}

/** Drops a run drawn again on top of an identical one (fake bold by overprinting). */
function dropOverprint(runs: GlyphRun[]): GlyphRun[] {
  const out: GlyphRun[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && prev.text === run.text && Math.abs(prev.x - run.x) < 0.2 * run.fontSize && Math.abs(prev.y - run.y) < 0.2 * run.fontSize) continue;
    out.push(run);
  }
  return out;
}

/** Removes the line's leading and trailing spaces from the first and last styled runs. */
function trimRuns(styled: LineRun[], lead: number): void {
  const first = styled[0];
  if (first && lead > 0) first.text = first.text.slice(lead);
  const last = styled[styled.length - 1];
  if (last) last.text = last.text.trimEnd();
  for (let i = styled.length - 1; i >= 0; i--) if (styled[i]?.text === '') styled.splice(i, 1);
}

/** The font size that carries most characters (superscripts and bullet glyphs rarely do). */
export function dominantSize(runs: GlyphRun[]): number {
  return mode(runs, (r) => round2(r.fontSize)) ?? runs[0]?.fontSize ?? 0;
}

/** The baseline of the runs set in the dominant size. */
function dominantBaseline(runs: GlyphRun[]): number {
  const size = dominantSize(runs);
  const main = runs.filter((r) => Math.abs(r.fontSize - size) < 0.05);
  const pool = main.length > 0 ? main : runs;
  return pool.reduce((s, r) => s + r.y, 0) / Math.max(1, pool.length);
}

/** The font name that carries most characters. */
function dominantFont(runs: GlyphRun[]): string {
  return mode(runs, (r) => r.fontName) ?? '';
}

/** The key with the largest character count, ties to the first seen. */
function mode<K>(runs: GlyphRun[], key: (r: GlyphRun) => K): K | undefined {
  const counts = new Map<K, number>();
  for (const r of runs) counts.set(key(r), (counts.get(key(r)) ?? 0) + r.text.trim().length);
  let best: K | undefined;
  let bestCount = -1;
  for (const [k, c] of counts) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
