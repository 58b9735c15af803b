import Fuse from 'fuse.js';
import { lookupPacked } from '../../kb/packed-map.js';
import { lookupRelations } from '../../kb/relations.js';
import type { KnowledgeBase } from '../../kb/schema.js';
import { indexTerm } from '../../text/stem.js';
import { indexOf } from './index.js';
import type { Intent, QueryFigure } from './intent.js';

/** How a sentence's word answers a query word. */
export type MatchHow = 'exact' | 'typo' | 'synonym' | 'related' | 'number';

/** One way a query word can be found in a sentence: an index term, how strongly it counts, and why. */
export interface Form {
  readonly term: string;
  /** 1 for the word itself; below SYNONYM_WEIGHT for anything else, so no other form outscores it. */
  readonly weight: number;
  readonly how: MatchHow;
  /** For a typo: the brief's word it was read as. */
  readonly corrected?: string;
}

/** A query word and the forms a sentence may match it by. */
export interface WordGroup {
  readonly kind: 'word';
  readonly text: string;
  readonly importance: number;
  readonly forms: readonly Form[];
}

/** One unit of a query that a sentence matches or not: a word, a figure, a quoted phrase or a unit word. */
export type Group =
  | WordGroup
  | { readonly kind: 'figure'; readonly text: string; readonly importance: number; readonly figure: QueryFigure }
  | { readonly kind: 'phrase'; readonly text: string; readonly importance: number; readonly terms: readonly string[] }
  | { readonly kind: 'unit'; readonly text: string; readonly importance: number; readonly unit: 'USD' | 'percent' | null; readonly scale: number | null };

/** The most a form other than the word itself can weigh (synonyms; relations are below it). */
export const SYNONYM_WEIGHT = 0.75;
// A typo correction is the word the reader meant, read with some doubt: below the word itself.
const TYPO_WEIGHT = 0.9;

/** Typo tolerance grows with word length: none for short words, more for long ones. */
function maxFuzzyScore(word: string, isWord: boolean): number {
  if (word.length <= 3) return -1;
  // A dictionary word is more likely meant as written than mistyped.
  if (isWord) return 0.15;
  if (word.length <= 5) return 0.2;
  if (word.length <= 8) return 0.3;
  return 0.4;
}

/** Close words of the document for a word it does not use ("okinava" → "okinawa"). */
export function correctWord(kb: KnowledgeBase, word: string, isWord = false): { word: string; score: number }[] {
  const idx = indexOf(kb);
  const limit = maxFuzzyScore(word, isWord);
  if (limit < 0) return [];
  idx.fuse ??= new Fuse(idx.packedVocabulary.split('\n').map((l) => l.slice(0, l.indexOf(':'))), { includeScore: true, ignoreLocation: true, threshold: 0.45, minMatchCharLength: 2 });
  return idx.fuse
    .search(word, { limit: 5 })
    .filter((r) => (r.score ?? 1) <= limit && Math.abs(r.item.length - word.length) <= Math.ceil(word.length / 3) && r.item !== word)
    .map((r) => ({ word: r.item, score: r.score ?? 1 }));
}

/** BM25's idf of a term over the sentences. */
export function idfOf(kb: KnowledgeBase, df: number): number {
  const n = indexOf(kb).docs.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The groups of a query, each with the forms a sentence may match it by: a word of the brief as
 * itself and by its synonyms; a word the brief does not use by the relation map (read only then,
 * through `relations`) and by typo corrections; figures and quoted phrases as they are. A group's
 * importance is the idf of the word itself (for a word the brief lacks, of its best form).
 */
export function queryGroups(kb: KnowledgeBase, intent: Intent, relations: () => string | null = () => null): WordGroup[] {
  const idx = indexOf(kb);
  const idf = (t: string) => idfOf(kb, idx.df.get(t) ?? 0);
  const groups: WordGroup[] = [];
  const seen = new Set<string>();
  for (const word of intent.content) {
    const t = indexTerm(word);
    if (seen.has(t)) continue;
    seen.add(t);
    const forms: Form[] = [];
    const add = (f: Form) => {
      if (!idx.df.has(f.term)) return;
      const had = forms.findIndex((x) => x.term === f.term);
      if (had < 0) forms.push(f);
      else if (forms[had]!.weight < f.weight) forms[had] = f;
    };
    if (idx.df.has(t)) {
      add({ term: t, weight: 1, how: 'exact' });
      for (const s of lookupPacked(kb.synonyms, t)) add({ term: s, weight: SYNONYM_WEIGHT, how: 'synonym' });
      groups.push({ kind: 'word', text: word, importance: idf(t), forms });
      continue;
    }
    const packed = /^[a-z]/.test(word) ? relations() : null;
    const related = packed ? lookupRelations(packed, t) : [];
    for (const r of related) add({ term: r.term, weight: Math.min(r.weight, SYNONYM_WEIGHT), how: r.how });
    for (const c of correctWord(kb, word, related.length > 0)) {
      const ct = lookupPacked(idx.packedVocabulary, c.word)[0] ?? indexTerm(c.word);
      add({ term: ct, weight: TYPO_WEIGHT * (1 - c.score), how: 'typo', corrected: c.word });
    }
    forms.sort((a, b) => b.weight - a.weight);
    const importance = forms.length ? Math.max(...forms.map((f) => idf(f.term))) : idf('');
    groups.push({ kind: 'word', text: word, importance, forms });
  }
  return groups;
}
