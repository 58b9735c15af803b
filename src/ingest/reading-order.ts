import { continuationCost as rawContinuationCost, gapCost, type LayoutLine } from './continuation.js';
import { joinLines } from './join-lines.js';
import { makeVerbCheck, needsVerb } from './sentence-check.js';
import { splitSentences } from './sentence-split.js';
import type { WordStats } from './word-stats.js';

/** The lines of one page split into its two columns, each in reading order. */
export interface PageColumns {
  readonly left: LayoutLine[];
  readonly right: LayoutLine[];
  readonly cost: number;
}

const memo = new WeakMap<WordStats, Map<string, number>>();
/** continuationCost, remembered per statistics object: the searches ask for the same seams often. */
function continuationCost(a: LayoutLine, b: LayoutLine, stats: WordStats): number {
  let m = memo.get(stats);
  if (!m) memo.set(stats, (m = new Map()));
  const key = `${a.no}\u0000${a.text}\u0000${b.no}\u0000${b.text}`;
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = rawContinuationCost(a, b, stats)));
  return v;
}

// How many lines into a page the second column may start.
const MAX_START = 8;
// Extractors sort lines of equal height left to right, so the page's first line is usually left.
const RIGHT_FIRST_COST = 0.5;
const FIRST_HEADING_BONUS = 2;
// A sentence without a verb costs more than any one seam can win.
const VERBLESS_COST = 5;

interface Candidate extends PageColumns {
  readonly firstLeft: LayoutLine;
  readonly lastRight: LayoutLine;
}

/**
 * The best split of one page's interleaved lines into two columns when the column that does
 * not hold line 0 starts at line `start`. Dynamic programming over states (column of line i,
 * last line of the other column): exact for costs that look at each column's consecutive pairs.
 */
function bestSplit(lines: readonly LayoutLine[], stats: WordStats, firstCol: 0 | 1, start: number): Candidate | null {
  const n = lines.length;
  const W = n + 1; // k + 1 in 0..n, k = -1 when the other column has no line yet
  const INF = Number.POSITIVE_INFINITY;
  let cost: Float64Array[] = [new Float64Array(W).fill(INF), new Float64Array(W).fill(INF)];
  const back: Int32Array[][] = []; // back[i][c][k+1] = previous (c * W + k + 1)
  cost[firstCol]![0] = 0;
  back.push([new Int32Array(W).fill(-1), new Int32Array(W).fill(-1)]);

  const cont = (a: number, b: number) => continuationCost(lines[a]!, lines[b]!, stats);
  const gap = (a: number, b: number) => gapCost(lines[a]!, lines[b]!, b - a - 1, stats);

  for (let i = 0; i + 1 < n; i++) {
    const next: Float64Array[] = [new Float64Array(W).fill(INF), new Float64Array(W).fill(INF)];
    const nb: Int32Array[] = [new Int32Array(W).fill(-1), new Int32Array(W).fill(-1)];
    const j = i + 1;
    for (const c of [0, 1] as const) {
      for (let k1 = 0; k1 < W; k1++) {
        const base = cost[c]![k1]!;
        if (base === INF) continue;
        const k = k1 - 1;
        // Line j stays in column c.
        if (j !== start) {
          const v = base + cont(i, j) + gap(i, j);
          if (v < next[c]![k1]!) {
            next[c]![k1] = v;
            nb[c]![k1] = c * W + k1;
          }
        }
        // Line j goes to the other column.
        const o = (1 - c) as 0 | 1;
        if (k === -1 ? j !== start : j < start) continue;
        const v = base + (k === -1 ? 0 : cont(k, j) + gap(k, j));
        if (v < next[o]![i + 1]!) {
          next[o]![i + 1] = v;
          nb[o]![i + 1] = c * W + k1;
        }
      }
    }
    cost = next;
    back.push(nb);
  }

  let best: { v: number; c: number; k1: number } | null = null;
  for (const c of [0, 1]) {
    for (let k1 = 0; k1 < W; k1++) {
      let v = cost[c]![k1]!;
      if (v === INF || k1 === 0) continue; // both columns must hold lines
      const lastLeft = c === 0 ? n - 1 : k1 - 1;
      // The right column's first line continues the left column's last.
      v += continuationCost(lines[lastLeft]!, lines[firstCol === 1 ? 0 : start]!, stats);
      if (!best || v < best.v) best = { v, c, k1 };
    }
  }
  if (!best) return null;

  const column = new Array<number>(n);
  let c = best.c;
  let k1 = best.k1;
  for (let i = n - 1; i >= 0; i--) {
    column[i] = c;
    const p = back[i]![c]![k1]!;
    if (p < 0) break;
    c = Math.floor(p / W);
    k1 = p % W;
  }
  const left = lines.filter((_, i) => column[i] === 0);
  const right = lines.filter((_, i) => column[i] === 1);
  const total = best.v + (firstCol === 1 ? RIGHT_FIRST_COST : 0);
  return { left, right, cost: total, firstLeft: left[0]!, lastRight: right.at(-1)! };
}

/** The page read as one column: the last page of a brief may not reach the right column. */
function singleColumn(lines: readonly LayoutLine[], stats: WordStats): Candidate {
  let cost = 0;
  for (let i = 1; i < lines.length; i++) {
    cost += continuationCost(lines[i - 1]!, lines[i]!, stats) + gapCost(lines[i - 1]!, lines[i]!, 0, stats);
  }
  return { left: [...lines], right: [], cost, firstLeft: lines[0]!, lastRight: lines.at(-1)! };
}

/** Every plausible split of one page, best first. */
function pageCandidates(lines: readonly LayoutLine[], stats: WordStats, first: boolean): Candidate[] {
  const out: Candidate[] = [singleColumn(lines, stats)];
  for (const firstCol of [0, 1] as const) {
    for (let start = 1; start < Math.min(lines.length, MAX_START + 1); start++) {
      const c = bestSplit(lines, stats, firstCol, start);
      // A brief's text starts under a section heading at the top of the first left column.
      if (c) out.push(first && c.firstLeft.kind === 'heading' ? { ...c, cost: c.cost - FIRST_HEADING_BONUS } : c);
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/**
 * Rebuilds the reading order of two-column pages whose lines were interleaved by height:
 * chooses for every page the split into left and right columns that, with the joins from
 * each column to the next (page 1 left → page 1 right → page 2 left …), reads best.
 */
export function reconstructColumns(pages: readonly (readonly LayoutLine[])[], stats: WordStats): PageColumns[] {
  // Viterbi over pages: the state is the candidate chosen for the page; a page's left column
  // continues the previous page's right column.
  let paths: { total: number; picks: Candidate[] }[] = [{ total: 0, picks: [] }];
  pages.forEach((lines, p) => {
    if (lines.length < 2) return;
    paths = pageCandidates(lines, stats, p === 0).map((cand) => {
      let best = { total: Number.POSITIVE_INFINITY, picks: [] as Candidate[] };
      for (const path of paths) {
        const last = path.picks.at(-1);
        const v = path.total + cand.cost + (last ? continuationCost(last.lastRight, cand.firstLeft, stats) : 0);
        if (v < best.total) best = { total: v, picks: [...path.picks, cand] };
      }
      return best;
    });
  });
  const winner = paths.reduce((a, b) => (b.total < a.total ? b : a));
  let next = 0;
  return pages.map((lines) => (lines.length < 2 ? { left: [...lines], right: [], cost: 0 } : refine(winner.picks[next++]!, stats)));
}

/**
 * Scores a whole page split: every seam inside each column, the join from the left column to
 * the right, and every sentence of the result that lacks a verb. Sentence-level evidence is
 * what the pairwise search cannot see, so a local search over it follows the DP.
 */
export function pageObjective(
  left: readonly LayoutLine[],
  right: readonly LayoutLine[],
  stats: WordStats,
  hasVerb: (s: string) => boolean,
): number {
  let total = 0;
  for (const col of [left, right]) {
    for (let i = 1; i < col.length; i++) {
      const a = col[i - 1]!;
      const b = col[i]!;
      total += continuationCost(a, b, stats) + gapCost(a, b, b.index - a.index - 1, stats);
    }
  }
  if (left.length > 0 && right.length > 0) total += continuationCost(left.at(-1)!, right[0]!, stats);
  for (const s of proseSentences([...left, ...right], stats)) if (needsVerb(s) && !hasVerb(s)) total += VERBLESS_COST;
  return total;
}

function proseSentences(lines: readonly LayoutLine[], stats: WordStats): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(...splitSentences(joinLines(run), { isCommonWord: (w) => stats.common.has(w) }));
    run = [];
  };
  for (const l of lines) {
    if (l.kind === 'body') run.push(l.text);
    else flush();
  }
  flush();
  return out;
}

/**
 * Hill-climbs from the DP's split by exchanging the columns of neighbouring lines, one pair or
 * two nearby pairs at a time: a crossed pair of seams is often only fixed by two exchanges.
 */
function refine(start: Candidate, stats: WordStats): PageColumns {
  const hasVerb = makeVerbCheck();
  const lines = [...start.left, ...start.right].sort((a, b) => a.index - b.index);
  const inLeft = new Set(start.left.map((l) => l.index));
  const split = () => ({
    left: lines.filter((l) => inLeft.has(l.index)),
    right: lines.filter((l) => !inLeft.has(l.index)),
  });
  const swappable = (i: number) => {
    const a = lines[i];
    const b = lines[i + 1];
    return a !== undefined && b !== undefined && inLeft.has(a.index) !== inLeft.has(b.index);
  };
  const swap = (i: number) => {
    const a = lines[i]!.index;
    const b = lines[i + 1]!.index;
    const aLeft = inLeft.has(a);
    inLeft.delete(aLeft ? a : b);
    inLeft.add(aLeft ? b : a);
  };
  let { left, right } = split();
  let best = pageObjective(left, right, stats, hasVerb);
  const attempt = (moves: number[]) => {
    moves.forEach(swap);
    const next = split();
    const v = pageObjective(next.left, next.right, stats, hasVerb);
    if (v < best - 1e-9) {
      best = v;
      ({ left, right } = next);
      return true;
    }
    [...moves].reverse().forEach(swap);
    return false;
  };
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i + 1 < lines.length; i++) {
      if (!swappable(i)) continue;
      if (attempt([i])) {
        improved = true;
        continue;
      }
      for (let j = i + 2; j <= i + 4; j++) {
        swap(i);
        const ok = swappable(j);
        swap(i);
        if (ok && attempt([i, j])) {
          improved = true;
          break;
        }
      }
    }
  }
  return { left, right, cost: best };
}
