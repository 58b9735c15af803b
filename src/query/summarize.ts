import type { Entity, Fact, Sentence } from '../kb/schema.js';
import { STOP_WORDS } from '../text/word-lists.js';

/** What a summary weighs besides the words: the section's facts and the entities each sentence names. */
export interface SummaryContext {
  readonly facts?: readonly Fact[];
  readonly entities?: readonly Entity[];
}

// Words that point back to what came before when a sentence opens with them.
const REFERRING = /^(?:this|these|that|those|such|it|they|he|she|his|her|its|their)$/i;
// Words that may come before the reference: "However, it …", "Despite these tensions, …", "In addition, this …".
const LEAD_IN = /^(?:however|moreover|further|furthermore|additionally|also|still|yet|thus|instead|likewise|similarly|meanwhile|despite|given|because|after|before|with|in|as|for|under|of|at|by|to|from|on|and|but|addition|contrast|particular|result|short|turn|sum)$/i;
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}][\p{L}’'-]*/gu) ?? [];

/**
 * Whether a sentence opens with a reference to what came before: a pronoun or demonstrative among
 * its first words ("This approach …", "Despite these tensions, …", "It has since fallen …"), or a
 * definite noun phrase of common nouns only ("The victory …", "The capability …", "The two
 * governments …"), which names something the text has already brought up.
 */
export function opensWithReference(sentence: string, previous = ''): boolean {
  const first = sentence.split(/[,;:—]/)[0] ?? '';
  const w = first.trim().split(/\s+/).slice(0, 6);
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!.replace(/[^\p{L}’'-]/gu, '');
    if (REFERRING.test(word)) return i === 0 || w.slice(0, i).every((x) => LEAD_IN.test(x.replace(/[^\p{L}]/gu, '')));
    if (!LEAD_IN.test(word)) break;
  }
  // "The victory is expected …": "The" and lower-case words up to the verb; "The Administration has
  // stated …" after "the Biden Administration": a definite noun the sentence before brings in.
  const np = /^The\s+((?:[\p{L}][\p{L}’'.-]*\s+){0,3}?[\p{L}][\p{L}’'.-]*)\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|remains?|\p{Ll}+(?:s|ed))\b/u.exec(sentence);
  if (!np || /\d/.test(np[1]!)) return false;
  if (!/\p{Lu}/u.test(np[1]!)) return true;
  const head = np[1]!.split(/\s+/).at(-1)!.toLowerCase();
  return words(previous).includes(head);
}

/** How many sentences a summary of `n` holds: at most max(2, 40%). */
export function summaryLength(n: number): number {
  return Math.min(n, Math.max(2, Math.floor(n * 0.4)));
}

/**
 * A summary of whole sentences in reading order, at most max(2, 40%) of the section. It takes the
 * section's lead, then each paragraph's lead and the sentence with its key figure before other
 * detail, then the sentences that bring in things not yet covered (people, places, bodies named)
 * or share most words with the rest. A sentence that opens with a reference to what came before
 * comes only with the sentence before it.
 */
export function summarize(sentences: readonly Sentence[], context: SummaryContext = {}): Sentence[] {
  const n = sentences.length;
  if (n === 0) return [];
  const limit = summaryLength(n);
  const ids = new Set(sentences.map((s) => s.id));
  const factCount = new Map<string, number>();
  for (const f of context.facts ?? []) if (ids.has(f.sentenceId)) factCount.set(f.sentenceId, (factCount.get(f.sentenceId) ?? 0) + 1);
  const named = new Map<string, Set<string>>();
  for (const e of context.entities ?? []) for (const m of e.mentions) if (ids.has(m)) named.set(m, (named.get(m) ?? new Set()).add(e.id));

  const bags = sentences.map((s) => new Set(words(s.text).filter((w) => w.length > 3 && !STOP_WORDS.has(w))));
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b) df.set(w, (df.get(w) ?? 0) + 1);
  const centrality = bags.map((b) => [...b].reduce((a, w) => a + (df.get(w)! - 1), 0) / Math.sqrt(b.size + 1));
  const maxC = Math.max(1e-9, ...centrality);
  const dependent = sentences.map((s, i) => i > 0 && opensWithReference(s.text, sentences[i - 1]!.text));
  const paragraphLead = sentences.map((s, i) => i === 0 || s.paragraph !== sentences[i - 1]!.paragraph);
  // Each paragraph's key figure: the first sentence of the paragraph with the most facts.
  const keyFigure = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!paragraphLead[i]) continue;
    let best = -1;
    for (let j = i; j < n && (j === i || !paragraphLead[j]); j++) if ((factCount.get(sentences[j]!.id) ?? 0) > 0 && (best < 0 || factCount.get(sentences[j]!.id)! > factCount.get(sentences[best]!.id)!)) best = j;
    if (best >= 0) keyFigure.add(best);
  }

  const chosen = new Set<number>();
  const covered = new Set<string>();
  // The sentences a pick brings with it: itself and the chain of sentences its references lean on.
  const unit = (i: number) => {
    const u = [i];
    for (let j = i; dependent[j] && j > 0 && !chosen.has(j - 1); j--) u.push(j - 1);
    return u;
  };
  const score = (i: number) => {
    let s = centrality[i]! / maxC;
    if (i === 0) s += 10;
    // A run-in heading ("Trade Policy.") leads its paragraph but says little by itself.
    const short = words(sentences[i]!.text).length < 5 || sentences[i]!.leadIn === true;
    if (paragraphLead[i] && !short) s += 2;
    if (short) s -= 3;
    if (keyFigure.has(i)) s += 3;
    s += Math.min(2, factCount.get(sentences[i]!.id) ?? 0) * 0.5;
    const fresh = [...(named.get(sentences[i]!.id) ?? [])].filter((e) => !covered.has(e)).length;
    return s + Math.min(3, fresh) * 0.75;
  };
  while (chosen.size < limit) {
    let best: number[] | null = null;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen.has(i)) continue;
      const u = unit(i);
      if (chosen.size + u.length > limit) continue;
      const value = u.reduce((a, j) => a + score(j), 0) / u.length;
      if (value > bestValue) {
        bestValue = value;
        best = u;
      }
    }
    if (!best) break;
    for (const j of best) {
      chosen.add(j);
      for (const e of named.get(sentences[j]!.id) ?? []) covered.add(e);
    }
  }
  return sentences.filter((_, i) => chosen.has(i));
}
