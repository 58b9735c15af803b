import { buildSearchIndex } from '../../kb/search-index.js';
import type { KnowledgeBase, Sentence } from '../../kb/schema.js';

/** One sentence as the ranking sees it: its stemmed terms and their counts. */
export interface Doc {
  readonly sentence: Sentence;
  /** Its place among the knowledge base's sentences. */
  readonly i: number;
  readonly terms: Map<string, number>;
  readonly length: number;
  /** Its tokens and figures, encoded (src/kb/search-index.ts); decoded only when the sentence is a candidate. */
  readonly encoded: string;
}

export interface Index {
  readonly docs: Doc[];
  readonly df: Map<string, number>;
  readonly avgLength: number;
  /** word → stem, packed; unpacked only when a word needs correcting. */
  readonly packedVocabulary: string;
  /** The vocabulary's words, unpacked when a word needs correcting. */
  words: string[] | null;
  /** Words of people's names in the brief. */
  readonly names: ReadonlySet<string>;
  /** The stem of a word of the brief, without running the stemmer; undefined for a word it does not use. */
  readonly stemOf: (word: string) => string | undefined;
}

const indexes = new WeakMap<KnowledgeBase, Index>();

/** The search index of a knowledge base, built once per loaded knowledge base. */
export function indexOf(kb: KnowledgeBase): Index {
  let idx = indexes.get(kb);
  if (idx) return idx;
  const df = new Map<string, number>();
  const stored = kb.searchIndex;
  // An index from an older build lacks the tokens: it is made again from the text.
  const built = stored?.tokens && stored.names ? stored : buildSearchIndex(kb);
  const docs = kb.sentences.map((sentence, i) => {
    const counts = new Map<string, number>();
    const stems = built.terms[i] ? built.terms[i]!.split(' ') : [];
    for (const t of stems) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return { sentence, i, terms: counts, length: stems.length, encoded: built.tokens?.[i] ?? '' };
  });
  const avgLength = docs.reduce((a, d) => a + d.length, 0) / Math.max(docs.length, 1);
  let stems: Map<string, string> | null = null;
  const stemOf = (word: string) => {
    if (!stems) {
      stems = new Map();
      for (const line of built.vocabulary.split('\n')) {
        const colon = line.indexOf(':');
        const comma = line.indexOf(',', colon);
        stems.set(line.slice(0, colon), line.slice(colon + 1, comma < 0 ? undefined : comma));
      }
    }
    return stems.get(word);
  };
  idx = { docs, df, avgLength, packedVocabulary: built.vocabulary, words: null, names: new Set(built.names ?? []), stemOf };
  indexes.set(kb, idx);
  return idx;
}
