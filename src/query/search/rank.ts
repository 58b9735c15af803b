import type { KnowledgeBase, Sentence } from '../../kb/schema.js';
import { expandQuery } from './expand.js';
import { indexOf, type Doc } from './index.js';
import { hasDate, hasNumber, questionIntent } from './intent.js';
import { surfaceForms } from './matches.js';

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

const K1 = 1.2;
const B = 0.5;
// Share of the best score added for a sentence that holds what a question asks for.
const INTENT_BONUS = 0.2;

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
