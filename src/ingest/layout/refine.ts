import { makeCohesion } from './cohesion.js';
import { pageObjective } from './page-objective.js';
import { cachedSeamCost } from './seam-cost-cache.js';
import type { LayoutLine, PageColumns } from './types.js';
import { makeVerbCheck } from './verb-check.js';
import type { WordStats } from './word-stats.js';

// The places cheapest to cross, whose pairs bound the stretches worth a whole-page look.
const CROSSING_CANDIDATES = 24;

/**
 * Improves the DP's split against the whole-page objective (page-objective.ts), which adds what
 * the DP cannot see: sentences without a finite verb and lexical cohesion. It exchanges the
 * columns of neighbouring lines (one pair, or two nearby pairs: a crossed pair of seams is
 * often only fixed by two), and of whole stretches between the places cheapest to cross.
 */
export function refine(start: PageColumns, stats: WordStats): PageColumns {
  const hasVerb = makeVerbCheck();
  const lines = [...start.left, ...start.right].sort((a, b) => a.index - b.index);
  const cohesion = makeCohesion(lines);
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
  let best = pageObjective(left, right, stats, hasVerb, cohesion);
  const attempt = (moves: number[]) => {
    moves.forEach(swap);
    const next = split();
    const v = pageObjective(next.left, next.right, stats, hasVerb, cohesion);
    if (v < best - 1e-9) {
      best = v;
      ({ left, right } = next);
      return true;
    }
    [...moves].reverse().forEach(swap);
    return false;
  };
  // A stretch read with its columns exchanged differs from the truth only at its two ends.
  // Where both ends are weak seams the pairwise search cannot tell them apart, but the
  // whole-page evidence (cohesion, verbs) can: try exchanging every stretch whose two ends
  // each cost little to cross (never from the page's first line).
  const crossingCost = (p: number): number => {
    const before = (left: boolean) => lines.slice(0, p).filter((l) => inLeft.has(l.index) === left).at(-1);
    const after = (left: boolean) => lines.slice(p).find((l) => inLeft.has(l.index) === left);
    const aL = before(true);
    const aR = before(false);
    const bL = after(true);
    const bR = after(false);
    const c = (a: LayoutLine | undefined, b: LayoutLine | undefined) => (a && b ? cachedSeamCost(a, b, stats) : 0);
    return c(aL, bR) + c(aR, bL) - c(aL, bL) - c(aR, bR);
  };
  /** Exchanges the columns of lines s..e-1. */
  const flipStretch = (s: number, e: number) => {
    for (let k = s; k < e; k++) {
      const idx = lines[k]!.index;
      if (inLeft.has(idx)) inLeft.delete(idx);
      else inLeft.add(idx);
    }
  };
  const flipRegions = (): boolean => {
    const ends = lines
      .map((_, p) => ({ p, d: p === 0 ? Infinity : crossingCost(p) }))
      .filter((x) => x.d < Infinity)
      .sort((a, b) => a.d - b.d)
      .slice(0, CROSSING_CANDIDATES)
      .sort((a, b) => a.p - b.p);
    ends.push({ p: lines.length, d: 0 }); // a stretch may run to the page's foot
    // Best improvement, not first: the first better stretch is often not the right one.
    let bestFlip: { s: number; e: number; v: number; left: LayoutLine[]; right: LayoutLine[] } | null = null;
    for (const s of ends) {
      for (const e of ends) {
        if (e.p <= s.p + 1) continue;
        flipStretch(s.p, e.p);
        const next = split();
        const v = pageObjective(next.left, next.right, stats, hasVerb, cohesion);
        if (v < (bestFlip?.v ?? best) - 1e-9) bestFlip = { s: s.p, e: e.p, v, ...next };
        flipStretch(s.p, e.p);
      }
    }
    if (!bestFlip) return false;
    flipStretch(bestFlip.s, bestFlip.e);
    best = bestFlip.v;
    ({ left, right } = bestFlip);
    return true;
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
    if (!improved) improved = flipRegions();
  }
  return { left, right, cost: best };
}
