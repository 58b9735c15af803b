import { seamCost } from './seam-cost.js';
import type { LayoutLine } from './types.js';
import type { WordStats } from './word-stats.js';

const memo = new WeakMap<WordStats, Map<string, number>>();
/** seamCost, remembered per statistics object: the searches ask for the same seams often. */
export function cachedSeamCost(a: LayoutLine, b: LayoutLine, stats: WordStats): number {
  let m = memo.get(stats);
  if (!m) memo.set(stats, (m = new Map()));
  const key = `${a.no}\u0000${a.text}\u0000${b.no}\u0000${b.text}`;
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = seamCost(a, b, stats)));
  return v;
}
