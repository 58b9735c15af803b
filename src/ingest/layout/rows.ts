import { endsSentence } from '../../text/line-ends.js';
import type { LayoutLine } from './types.js';

/**
 * The layout half of the model. Lines of the two columns share the page's rows, so the
 * extractor emits them in rows of two (one line of each column, in the order of their exact
 * heights) or of one where a column has a gap: a paragraph's end, the space around a heading,
 * a figure's image. Which column comes first in a row (the phase) changes only across such a
 * gap, unless the columns sit at almost the same height, so a change of phase costs a little.
 */
export const PHASE_CHANGE_COST = 0.6;
export const NO_PHASE = 2;
// Typesetters keep a heading with the text under it: a column does not end on one.
const HEADING_AT_END_COST = 5;

/** What a full row costs by whether the columns' order in it differs from the row before. */
export interface PhaseCosts {
  readonly change: number;
  readonly stay: number;
  /** Rows after a gap in either column change order for free. */
  readonly gapAware: boolean;
}

/** The costs of a page whose rows change order without a gap at rate p (−log p, −log(1 − p)). */
export function phaseCosts(rate: number): PhaseCosts {
  return { change: -Math.log(rate), stay: -Math.log(1 - rate), gapAware: true };
}

const GAP_BEFORE: ReadonlySet<string> = new Set(['heading', 'bullet', 'caption', 'source', 'subtitle']);
const GAP_AFTER: ReadonlySet<string> = new Set(['heading', 'caption', 'source', 'subtitle']);

/**
 * True when a column may have vertical space between line a and line b below it: a paragraph's
 * or item's end, a heading, a figure's parts, a bullet item (set apart from the next). Only there
 * can one column slide against the other, so only there may the order of their lines change.
 */
export function gapBetween(a: LayoutLine, b: LayoutLine): boolean {
  if (GAP_AFTER.has(a.kind) || GAP_BEFORE.has(b.kind)) return true;
  return endsSentence(a.text) || /[:;]$/.test(a.text.trimEnd());
}

/**
 * The rate at which a split's rows change order without a gap: rows are read off the split
 * (two neighbouring lines of different columns share a row), and each full row after a full
 * row, with no gap in either column between them, either keeps the order or changes it.
 * Smoothed so a page with few rows gets a moderate rate.
 */
export function phaseChangeRate(lines: readonly LayoutLine[], isLeft: (l: LayoutLine) => boolean): number {
  const lastOf: { left: LayoutLine | null; right: LayoutLine | null } = { left: null, right: null };
  let prevPhase: boolean | null = null;
  let changes = 0;
  let rows = 0;
  for (let t = 0; t < lines.length; ) {
    const a = lines[t]!;
    const b = lines[t + 1];
    if (b && isLeft(a) !== isLeft(b)) {
      const la = isLeft(a) ? lastOf.left : lastOf.right;
      const lb = isLeft(b) ? lastOf.left : lastOf.right;
      const gapped = (la !== null && gapBetween(la, a)) || (lb !== null && gapBetween(lb, b)) || la === null || lb === null;
      const phase = isLeft(a);
      if (prevPhase !== null && !gapped) {
        rows++;
        if (phase !== prevPhase) changes++;
      }
      prevPhase = phase;
      for (const l of [a, b]) if (isLeft(l)) lastOf.left = l; else lastOf.right = l;
      t += 2;
    } else {
      prevPhase = null;
      if (isLeft(a)) lastOf.left = a; else lastOf.right = a;
      t += 1;
    }
  }
  return Math.min(0.5, Math.max(0.01, (changes + PRIOR_CHANGES) / (rows + PRIOR_ROWS)));
}

// The prior on the rate: as if a page had shown one change in ten rows.
const PRIOR_CHANGES = 1;
const PRIOR_ROWS = 10;

export function endCost(left: LayoutLine | undefined, right: LayoutLine | undefined): number {
  return (left?.kind === 'heading' ? HEADING_AT_END_COST : 0) + (right?.kind === 'heading' ? HEADING_AT_END_COST : 0);
}

/** What it costs that a column has no line in a row, judged by the column's last line before it. */
export function gapRowCost(last: LayoutLine | null): number {
  if (last === null) return 0.3; // the column has not begun yet
  switch (last.kind) {
    case 'caption':
      return 0; // the figure's image
    case 'heading':
      return 0.5;
    case 'body':
      return endsSentence(last.text) ? 0.3 : 3;
    default:
      return 0.3; // author block, source line, report number
  }
}

/** The layout cost of a labelling: its best grouping into rows (the same costs as bestSplit). */
export function rowCost(lines: readonly LayoutLine[], isLeft: (l: LayoutLine) => boolean): number {
  const n = lines.length;
  const INF = Number.POSITIVE_INFINITY;
  // f[i][phase]: the best cost of rows covering lines 0..i-1, by the phase of the last full row.
  const f: number[][] = Array.from({ length: n + 1 }, () => [INF, INF, INF]);
  f[0]![NO_PHASE] = 0;
  const lastOther: (LayoutLine | null)[] = [];
  let lastL: LayoutLine | null = null;
  let lastR: LayoutLine | null = null;
  for (const l of lines) {
    lastOther.push(isLeft(l) ? lastR : lastL);
    if (isLeft(l)) lastL = l;
    else lastR = l;
  }
  // Whether the other column has a line after line i: only then is its gap paid for.
  const resumes: boolean[] = new Array(n).fill(false);
  let seenL = false;
  let seenR = false;
  for (let i = n - 1; i >= 0; i--) {
    resumes[i] = isLeft(lines[i]!) ? seenR : seenL;
    if (isLeft(lines[i]!)) seenL = true;
    else seenR = true;
  }
  for (let i = 0; i < n; i++) {
    const col = isLeft(lines[i]!) ? 0 : 1;
    for (let phase = 0; phase < 3; phase++) {
      const base = f[i]![phase]!;
      if (base === INF) continue;
      // Line i alone in its row: paid for if the other column goes on after it.
      const single = resumes[i] ? gapRowCost(lastOther[i]!) : 0;
      f[i + 1]![NO_PHASE] = Math.min(f[i + 1]![NO_PHASE]!, base + single);
      const partner = lines[i + 1];
      if (partner && isLeft(partner) !== (col === 0)) {
        const change = phase !== NO_PHASE && phase !== col ? PHASE_CHANGE_COST : 0;
        f[i + 2]![col] = Math.min(f[i + 2]![col]!, base + change);
      }
    }
  }
  return Math.min(...f[n]!);
}
