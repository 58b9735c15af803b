import { buildSearchIndex } from '../../kb/search-index.js';
import type { KnowledgeBase, Sentence } from '../../kb/schema.js';

/** One sentence as the ranking sees it: its stemmed terms and their counts. */
export interface Doc {
  readonly sentence: Sentence;
  readonly terms: Map<string, number>;
  readonly length: number;
}

export interface Index {
  readonly docs: Doc[];
  readonly df: Map<string, number>;
  readonly avgLength: number;
  /** word → stem, packed; unpacked only when a word needs correcting. */
  readonly packedVocabulary: string;
  /** The vocabulary's words, unpacked when a word needs correcting. */
  words: string[] | null;
}

const indexes = new WeakMap<KnowledgeBase, Index>();

/** The search index of a knowledge base, built once per loaded knowledge base. */
export function indexOf(kb: KnowledgeBase): Index {
  let idx = indexes.get(kb);
  if (idx) return idx;
  const df = new Map<string, number>();
  const built = kb.searchIndex ?? buildSearchIndex(kb);
  const docs = kb.sentences.map((sentence, i) => {
    const counts = new Map<string, number>();
    const stems = built.terms[i] ? built.terms[i]!.split(' ') : [];
    for (const t of stems) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return { sentence, terms: counts, length: stems.length };
  });
  const avgLength = docs.reduce((a, d) => a + d.length, 0) / Math.max(docs.length, 1);
  idx = { docs, df, avgLength, packedVocabulary: built.vocabulary, words: null };
  indexes.set(kb, idx);
  return idx;
}
