import Fuse from 'fuse.js';
import type { KnowledgeBase, Sentence } from '../kb/schema.js';
import { ALNUM, isStopWord, normalizeText, words } from './normalize.js';
import { lookupPacked } from '../kb/packed-map.js';
import { buildSearchIndex } from './search-index.js';
import { stem } from './stem.js';

/** One ranked answer. */
export interface SearchHit {
  readonly sentence: Sentence;
  readonly rank: number;
  /** 0..1, higher is better: the share of the best possible score for this query. */
  readonly score: number;
  /** Words of the sentence that matched, as written there. */
  readonly matches: string[];
}

export interface SearchOptions {
  readonly limit?: number;
  readonly sectionId?: string;
}

interface Doc {
  readonly sentence: Sentence;
  readonly terms: Map<string, number>;
  readonly length: number;
}

interface Index {
  readonly docs: Doc[];
  readonly df: Map<string, number>;
  readonly avgLength: number;
  /** word → stem, packed; unpacked only when a word needs correcting. */
  readonly packedVocabulary: string;
  fuse: Fuse<string> | null;
}

const K1 = 1.2;
const B = 0.5;
const SYNONYM_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.8;
const PREFIX_WEIGHT = 0.7;
// Share of the best score added for a sentence that holds what a question asks for.
const INTENT_BONUS = 0.2;

/** What kind of answer a question wants, from its first words. */
export function questionIntent(query: string): 'number' | 'date' | null {
  const q = normalizeText(query).trim();
  if (/^(how (many|much|big|large|far|long)|what (share|percentage|proportion|amount|number))\b/.test(q)) return 'number';
  if (/^(when|what year|since when)\b/.test(q)) return 'date';
  return null;
}
const indexes = new WeakMap<KnowledgeBase, Index>();

function indexOf(kb: KnowledgeBase): Index {
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
  idx = { docs, df, avgLength, packedVocabulary: built.vocabulary, fuse: null };
  indexes.set(kb, idx);
  return idx;
}

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

/**
 * Ranks the sentences for a query with BM25 over stemmed terms, each query word expanded to
 * its WordNet synonyms and, when the brief does not use it, to fuse.js corrections. A query
 * word counts once, by its best-matching form, so sentences holding more of the query's words
 * rank first.
 */
export function search(kb: KnowledgeBase, query: string, options: SearchOptions = {}): SearchHit[] {
  const idx = indexOf(kb);
  const expanded = expandQuery(kb, query);
  if (expanded.length === 0) return [];
  const N = idx.docs.length;
  const idf = (t: string) => {
    const n = idx.df.get(t) ?? 0;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  };
  const groups = new Set(expanded.map((e) => e.group));
  // The best a sentence could score: every query word matched by its strongest form.
  let best = 0;
  for (const g of groups) best += Math.max(...expanded.filter((e) => e.group === g).map((e) => e.weight * idf(e.term) * (K1 + 1) / (1 + K1)));

  const intent = questionIntent(query);
  const scored: { doc: Doc; score: number; matched: Set<string> }[] = [];
  for (const doc of idx.docs) {
    if (options.sectionId && doc.sentence.sectionId !== options.sectionId) continue;
    let score = 0;
    const matched = new Set<string>();
    for (const g of groups) {
      let top = 0;
      let topTerm: string | null = null;
      for (const e of expanded) {
        if (e.group !== g) continue;
        const tf = doc.terms.get(e.term) ?? 0;
        if (tf === 0) continue;
        const s = e.weight * idf(e.term) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / idx.avgLength)));
        if (s > top) {
          top = s;
          topTerm = e.term;
        }
      }
      score += top;
      if (topTerm) matched.add(topTerm);
    }
    if (score > 0 && intent !== null && (intent === 'number' ? hasNumber : hasDate)(doc.sentence.text)) score += INTENT_BONUS * best;
    if (score > 0) scored.push({ doc, score, matched });
  }
  scored.sort((a, b) => b.score - a.score || a.doc.sentence.id.localeCompare(b.doc.sentence.id));
  return scored.slice(0, options.limit ?? 5).map((s, i) => ({
    sentence: s.doc.sentence,
    rank: i + 1,
    score: Math.round(Math.min(1, s.score / (best * (intent ? 1 + INTENT_BONUS : 1))) * 1000) / 1000,
    matches: surfaceForms(s.doc.sentence.text, s.matched),
  }));
}

const RAW_TOKEN = new RegExp(`[${ALNUM}][${ALNUM}.,’'-]*[${ALNUM}%]|[${ALNUM}]`, 'g');

/** The words of a sentence, as written there, whose stems are among the matched terms. */
function surfaceForms(text: string, matched: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // A stem starts with the word's first letter: most words need no stemming to be ruled out.
  const initials = new Set([...matched].map((t) => t[0]));
  for (const raw of text.match(RAW_TOKEN) ?? []) {
    const hit = words(raw).some((w) => initials.has(w[0]) && !isStopWord(w) && matched.has(stem(w)));
    if (hit) out.add(raw.replace(/[’']s$/, ''));
  }
  return [...out];
}

function hasNumber(text: string): boolean {
  return /\d/.test(text.replace(/\b(?:1[89]|20)\d\d\b/g, ''));
}

function hasDate(text: string): boolean {
  return /\b(?:1[89]|20)\d\d\b/.test(text);
}
