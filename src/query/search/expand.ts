import Fuse from 'fuse.js';
import { lookupPacked } from '../../kb/packed-map.js';
import type { KnowledgeBase } from '../../kb/schema.js';
import { words } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { isStopWord } from '../../text/word-lists.js';
import { indexOf } from './index.js';

const SYNONYM_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.8;
const PREFIX_WEIGHT = 0.7;

/** Typo tolerance grows with word length: none for short words, more for long ones. */
function maxFuzzyScore(word: string): number {
  if (word.length <= 3) return -1;
  if (word.length <= 5) return 0.2;
  if (word.length <= 8) return 0.3;
  return 0.4;
}

/** Close words of the document for a word it does not use ("okinava" → "okinawa"). */
export function correctWord(kb: KnowledgeBase, word: string): { word: string; score: number }[] {
  const idx = indexOf(kb);
  const limit = maxFuzzyScore(word);
  if (limit < 0) return [];
  idx.fuse ??= new Fuse(idx.packedVocabulary.split('\n').map((l) => l.slice(0, l.indexOf(':'))), { includeScore: true, ignoreLocation: true, threshold: 0.45, minMatchCharLength: 2 });
  return idx.fuse
    .search(word, { limit: 5 })
    .filter((r) => (r.score ?? 1) <= limit && Math.abs(r.item.length - word.length) <= Math.ceil(word.length / 3))
    .map((r) => ({ word: r.item, score: r.score ?? 1 }));
}

/** Query terms with the weight each brings: the word itself, its synonyms, or its corrections. */
export function expandQuery(kb: KnowledgeBase, query: string): { term: string; weight: number; group: number }[] {
  const idx = indexOf(kb);
  const out: { term: string; weight: number; group: number }[] = [];
  const qwords = words(query).filter((w) => !isStopWord(w));
  qwords.forEach((w, group) => {
    const t = stem(w);
    const known = idx.df.has(t);
    if (known) out.push({ term: t, weight: 1, group });
    const before = out.length;
    for (const syn of lookupPacked(kb.synonyms, t)) if (idx.df.has(syn)) out.push({ term: syn, weight: SYNONYM_WEIGHT, group });
    if (!known) {
      // Same word family written differently ("colonial", "colonization"): a long shared prefix.
      const prefix = t.slice(0, 5);
      if (prefix.length === 5) {
        for (const v of idx.df.keys()) if (v !== t && v.startsWith(prefix)) out.push({ term: v, weight: PREFIX_WEIGHT, group });
      }
    }
    if (!known && out.length === before) {
      for (const c of correctWord(kb, w)) {
        const ct = lookupPacked(idx.packedVocabulary, c.word)[0] ?? stem(c.word);
        out.push({ term: ct, weight: FUZZY_WEIGHT * (1 - c.score), group });
        for (const syn of lookupPacked(kb.synonyms, ct)) if (idx.df.has(syn)) out.push({ term: syn, weight: SYNONYM_WEIGHT * FUZZY_WEIGHT, group });
      }
    }
  });
  return out;
}
