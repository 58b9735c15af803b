import type { Sentence } from '../kb/schema.js';

/**
 * A summary of whole sentences: the lead sentence, then the sentences that share the most
 * content words with the rest of the section, in reading order, up to 40% of its length.
 */
export function summarize(sentences: readonly Sentence[], share = 0.4): Sentence[] {
  if (sentences.length === 0) return [];
  const budget = Math.max(sentences[0]!.text.length, sentences.reduce((a, s) => a + s.text.length, 0) * share);
  const bag = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const bags = sentences.map((s) => bag(s.text));
  const freq = new Map<string, number>();
  for (const b of bags) for (const w of b) freq.set(w, (freq.get(w) ?? 0) + 1);
  const centrality = bags.map((b) => [...b].reduce((a, w) => a + (freq.get(w)! - 1), 0) / Math.sqrt(b.size + 1));
  const chosen = new Set([0]);
  let used = sentences[0]!.text.length;
  for (const i of sentences.map((_, i) => i).slice(1).sort((a, b) => centrality[b]! - centrality[a]! || a - b)) {
    const len = sentences[i]!.text.length;
    if (used + len > budget) continue;
    chosen.add(i);
    used += len;
  }
  return sentences.filter((_, i) => chosen.has(i));
}
