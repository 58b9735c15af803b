import { endsSentence } from '../../text/line-ends.js';
import { joinLines } from '../text/join-lines.js';
import { splitSentences } from '../text/sentence-split.js';
import { endCost, rowCost } from './rows.js';
import { cachedSeamCost } from './seam-cost-cache.js';
import type { LayoutLine } from './types.js';
import { needsVerb } from './verb-check.js';
import type { WordStats } from './word-stats.js';

// A sentence without a verb costs more than any one seam can win.
const VERBLESS_COST = 5;
const COHESION_WEIGHT = 2;
const COHESION_SPAN = 3; // lines on each side of a seam

/** Lexical cohesion between the lines before and after a seam, 0..1 (see cohesion.ts). */
export type Cohesion = (before: readonly LayoutLine[], after: readonly LayoutLine[]) => number;

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
  cohesion: Cohesion | null = null,
): number {
  const inLeft = new Set(left.map((l) => l.index));
  let total = right.length === 0 ? 0 : rowCost([...left, ...right].sort((a, b) => a.index - b.index), (l) => inLeft.has(l.index));
  total += endCost(left.at(-1), right.at(-1));
  for (const col of [left, right]) {
    for (let i = 1; i < col.length; i++) {
      const a = col[i - 1]!;
      const b = col[i]!;
      total += cachedSeamCost(a, b, stats);
      // Where a sentence ends at the line's end, the text after may belong to another passage:
      // what holds it to this one is what it talks about.
      if (cohesion && a.kind === 'body' && b.kind === 'body' && endsSentence(a.text)) {
        total += COHESION_WEIGHT * (1 - cohesion(col.slice(Math.max(0, i - COHESION_SPAN), i), col.slice(i, i + COHESION_SPAN)));
      }
    }
  }
  if (left.length > 0 && right.length > 0) total += cachedSeamCost(left.at(-1)!, right[0]!, stats);
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
