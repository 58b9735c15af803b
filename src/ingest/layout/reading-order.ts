import { refine } from './refine.js';
import { endCost, gapBetween, gapRowCost, NO_PHASE, PHASE_CHANGE_COST, phaseChangeRate, phaseCosts, type PhaseCosts } from './rows.js';
import { cachedSeamCost } from './seam-cost-cache.js';
import type { LayoutLine, PageColumns } from './types.js';
import type { WordStats } from './word-stats.js';

// How many lines into a page the second column may start.
const MAX_START = 8;
// Extractors sort lines of equal height left to right, so the page's first line is usually left.
const RIGHT_FIRST_COST = 0.5;
const FIRST_HEADING_BONUS = 2;
// Row-order changes away from gaps: the starting guess of their rate, and rounds of re-estimation.
const INITIAL_RATE = 0.05;
const EM_ROUNDS = 2;

/**
 * How the order of the two columns' lines in a row may change: 'flat' charges every change the
 * same wherever it happens (today's model); 'gap-rate' lets it change freely only where a column
 * has a gap, at a rate estimated per page elsewhere.
 */
export type PhaseModel = 'flat' | 'gap-rate';

/** Which reading-order model runs. */
export interface ReadingOrderOptions {
  /** Improve the DP's split against the whole-page objective (verbs, cohesion, exchanges). */
  readonly refine?: boolean;
  readonly phase?: PhaseModel;
}

const FLAT_PHASE: PhaseCosts = { change: PHASE_CHANGE_COST, stay: 0, gapAware: false };

interface Candidate extends PageColumns {
  readonly firstLeft: LayoutLine;
  readonly lastRight: LayoutLine;
}

/**
 * The best split of one page's interleaved lines into two columns when the column that does
 * not hold line 0 starts at line `start`. Dynamic programming over states: the column of line
 * i, the last line k of the other column, whether line i's row may still take a partner, the
 * phase of the last full row, and whether line k + 1 shared k's row. The rows the other column
 * missed since k are paid for when it resumes, so the rows after a column's last line (the
 * other column running on to the page's foot) cost nothing. Exact for these costs.
 */
function bestSplit(lines: readonly LayoutLine[], stats: WordStats, firstCol: 0 | 1, start: number, phase: PhaseCosts): Candidate | null {
  const n = lines.length;
  const W = n + 1; // k + 1 in 0..n, k = -1 when the other column has no line yet
  const G = 2; // whether the last line placed came after a gap-able seam in its column
  const S = 2 * 2 * 3 * 2 * G; // column × open × phase × paired-first × gap
  const INF = Number.POSITIVE_INFINITY;
  const at = (c: number, open: number, ph: number, pf: number, g: number, k1: number) => ((((c * 2 + open) * 3 + ph) * 2 + pf) * G + g) * W + k1;
  const columnOf = (state: number) => Math.floor(state / W / (12 * G));
  let cost = new Float64Array(S * W).fill(INF);
  const back: Int32Array[] = [];
  cost[at(firstCol, 1, NO_PHASE, 0, 1, 0)] = 0;
  back.push(new Int32Array(S * W).fill(-1));
  const cont = (a: number, b: number) => cachedSeamCost(lines[a]!, lines[b]!, stats);
  const gapAt = (a: number, b: number) => (a < 0 ? 1 : gapBetween(lines[a]!, lines[b]!) ? 1 : 0);

  for (let i = 0; i + 1 < n; i++) {
    const next = new Float64Array(S * W).fill(INF);
    const nb = new Int32Array(S * W).fill(-1);
    const j = i + 1;
    const relax = (state: number, v: number, from: number) => {
      if (v < next[state]!) {
        next[state] = v;
        nb[state] = from;
      }
    };
    const gSame = gapAt(i, j);
    for (let c = 0; c < 2; c++) {
      for (let open = 0; open < 2; open++) {
        for (let ph = 0; ph < 3; ph++) {
          for (let pf = 0; pf < 2; pf++) {
            for (let g = 0; g < G; g++) {
              for (let k1 = 0; k1 < W; k1++) {
                const from = at(c, open, ph, pf, g, k1);
                const base = cost[from]!;
                if (base === INF) continue;
                const k = k1 - 1;
                const o = 1 - c;
                const afterSingle = open ? NO_PHASE : ph;
                // Line j stays in column c and starts a new row (line i's row, if open, stays single).
                if (j !== start) relax(at(c, 1, afterSingle, pf, gSame, k1), base + cont(i, j), from);
                // Line j goes to the other column, which resumes after k.
                if (k === -1 ? j !== start : j < start) continue;
                const seam = k === -1 ? 0 : cont(k, j);
                const gOther = gapAt(k, j);
                const missed = (pairs: boolean) => ((i - k) - (k === -1 ? 0 : pf) - (pairs ? 1 : 0)) * gapRowCost(k === -1 ? null : lines[k]!);
                // … completing line i's row (the row's phase is the column that came first): the
                // order of the columns in a row changes only where one of them has a gap …
                if (open) {
                  let change = 0;
                  if (ph !== NO_PHASE && !(phase.gapAware && (g || gOther))) change = ph !== c ? phase.change : phase.stay;
                  relax(at(o, 0, c, 1, gOther, i + 1), base + seam + change + missed(true), from);
                }
                // … or starting a row of its own.
                relax(at(o, 1, afterSingle, 0, gOther, i + 1), base + seam + missed(false), from);
              }
            }
          }
        }
      }
    }
    cost = next;
    back.push(nb);
  }

  let best: { v: number; state: number } | null = null;
  for (let state = 0; state < S * W; state++) {
    let v = cost[state]!;
    const k1 = state % W;
    if (v === INF || k1 === 0) continue; // both columns must hold lines
    const lastLeft = columnOf(state) === 0 ? n - 1 : k1 - 1;
    const lastRight = columnOf(state) === 1 ? n - 1 : k1 - 1;
    // The right column's first line continues the left column's last.
    v += cachedSeamCost(lines[lastLeft]!, lines[firstCol === 1 ? 0 : start]!, stats) + endCost(lines[lastLeft], lines[lastRight]);
    if (!best || v < best.v) best = { v, state };
  }
  if (!best) return null;

  const column = new Array<number>(n);
  let state = best.state;
  for (let i = n - 1; i >= 0; i--) {
    column[i] = columnOf(state);
    state = back[i]![state]!;
    if (state < 0) break;
  }
  const left = lines.filter((_, i) => column[i] === 0);
  const right = lines.filter((_, i) => column[i] === 1);
  const total = best.v + (firstCol === 1 ? RIGHT_FIRST_COST : 0);
  return { left, right, cost: total, firstLeft: left[0]!, lastRight: right.at(-1)! };
}

/** The page read as one column: the last page of a brief may not reach the right column. */
function singleColumn(lines: readonly LayoutLine[], stats: WordStats): Candidate {
  // One column has no rows to share: no row costs.
  let cost = endCost(lines.at(-1), undefined);
  for (let i = 1; i < lines.length; i++) cost += cachedSeamCost(lines[i - 1]!, lines[i]!, stats);
  return { left: [...lines], right: [], cost, firstLeft: lines[0]!, lastRight: lines.at(-1)! };
}

/** Every plausible split of one page under one rate of row-order changes, best first. */
function candidatesAt(lines: readonly LayoutLine[], stats: WordStats, first: boolean, phase: PhaseCosts): Candidate[] {
  const out: Candidate[] = [singleColumn(lines, stats)];
  for (const firstCol of [0, 1] as const) {
    for (let start = 1; start < Math.min(lines.length, MAX_START + 1); start++) {
      const c = bestSplit(lines, stats, firstCol, start, phase);
      // A brief's text starts under a section heading at the top of the first left column.
      if (c) out.push(first && c.firstLeft.kind === 'heading' ? { ...c, cost: c.cost - FIRST_HEADING_BONUS } : c);
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

/**
 * Every plausible split of one page, best first. The page's rate of row-order changes away
 * from gaps is its own (columns set at nearly the same height change order often, columns
 * offset by part of a line almost never): estimated from the best split, then the page is read
 * again at that rate (hard EM).
 */
function pageCandidates(lines: readonly LayoutLine[], stats: WordStats, first: boolean, model: PhaseModel): Candidate[] {
  if (model === 'flat') return candidatesAt(lines, stats, first, FLAT_PHASE);
  let rate = INITIAL_RATE;
  let out = candidatesAt(lines, stats, first, phaseCosts(rate));
  for (let round = 0; round < EM_ROUNDS; round++) {
    const best = out[0]!;
    if (best.right.length === 0) break;
    const inLeft = new Set(best.left.map((l) => l.index));
    const next = phaseChangeRate(lines, (l) => inLeft.has(l.index));
    if (Math.abs(Math.log(next / rate)) < 0.2) break;
    rate = next;
    out = candidatesAt(lines, stats, first, phaseCosts(rate));
  }
  return out;
}

/**
 * Rebuilds the reading order of two-column pages whose lines were interleaved by height:
 * chooses for every page the split into left and right columns that, with the joins from
 * each column to the next (page 1 left → page 1 right → page 2 left …), reads best.
 */
export function reconstructColumns(pages: readonly (readonly LayoutLine[])[], stats: WordStats, options: ReadingOrderOptions = {}): PageColumns[] {
  const refineSplit = options.refine ?? true;
  const model = options.phase ?? 'flat';
  // Viterbi over pages: the state is the candidate chosen for the page; a page's left column
  // continues the previous page's right column.
  let paths: { total: number; picks: Candidate[] }[] = [{ total: 0, picks: [] }];
  pages.forEach((lines, p) => {
    if (lines.length < 2) return;
    paths = pageCandidates(lines, stats, p === 0, model).map((cand) => {
      let best = { total: Number.POSITIVE_INFINITY, picks: [] as Candidate[] };
      for (const path of paths) {
        const last = path.picks.at(-1);
        const v = path.total + cand.cost + (last ? cachedSeamCost(last.lastRight, cand.firstLeft, stats) : 0);
        if (v < best.total) best = { total: v, picks: [...path.picks, cand] };
      }
      return best;
    });
  });
  const winner = paths.reduce((a, b) => (b.total < a.total ? b : a));
  let next = 0;
  return pages.map((lines) => (lines.length < 2 ? { left: [...lines], right: [], cost: 0 } : refineSplit ? refine(winner.picks[next++]!, stats) : winner.picks[next++]!));
}
