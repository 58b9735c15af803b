import type { RelationLookup } from '../kb/relations.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { findFacts } from './facts.js';
import { search } from './search/rank.js';
import { matchSection } from './sections.js';

/** One labeled query of an evaluation file: its kind, the query and the ids that answer it. */
export interface LabeledQuery {
  readonly kind: string;
  readonly query: string;
  /** Sentence ids; for kind "section", section ids. */
  readonly answers: readonly string[];
}

export interface KindScore {
  readonly kind: string;
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
}

/** The ranked ids a query gets: sentences from search, or for kind "section" the chosen section and its close alternatives. */
function rankedIds(kb: KnowledgeBase, q: LabeledQuery, relations?: RelationLookup, rarity?: number): string[] {
  if (q.kind === 'section') {
    const m = matchSection(kb, q.query, relations);
    return m.kind === 'found' ? [m.section.id, ...m.alternatives.map((a) => a.id)] : [];
  }
  return search(kb, q.query, { limit: 10, relations, rarity }).map((h) => h.sentence.id);
}

/** The ranked fact ids `facts <query>` gives. */
/**
 * The ranked facts of a query, each named by the answer label it is (labels are fact ids, with
 * the display as text): the same id, or the same figure as written in the labelled sentence or a
 * sentence it was merged from (alsoIn), so a label survives ids renumbered by later extraction.
 */
function rankedFactIds(kb: KnowledgeBase, q: LabeledQuery & { answerTexts?: readonly string[] }, relations?: RelationLookup): string[] {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const labels = q.answers.map((id, i) => ({ id, sentenceId: id.replace(/-f\d+$/, ''), display: norm(q.answerTexts?.[i] ?? '') }));
  return findFacts(kb, q.query, { relations }).map((f) => {
    const sentences = [f.sentenceId, ...(f.alsoIn ?? [])];
    const label = labels.find((l) => l.id === f.id || (l.display !== '' && l.display === norm(f.display) && sentences.includes(l.sentenceId)));
    return label?.id ?? f.id;
  });
}

/** hit@1, hit@3 and MRR per kind of query, and over all (kind "all"); misses listed for debugging. */
export function evaluate(kb: KnowledgeBase, queries: readonly LabeledQuery[], relations?: RelationLookup, rarity?: number): { scores: KindScore[]; misses: string[] } {
  return score(queries, (q) => rankedIds(kb, q, relations, rarity));
}

/** The same figures for the facts evaluation: answers are fact ids. */
export function evaluateFacts(kb: KnowledgeBase, queries: readonly LabeledQuery[], relations?: RelationLookup): { scores: KindScore[]; misses: string[] } {
  return score(queries, (q) => rankedFactIds(kb, q, relations));
}

function score(queries: readonly LabeledQuery[], ranked: (q: LabeledQuery) => string[]): { scores: KindScore[]; misses: string[] } {
  const rows: { kind: string; rr: number }[] = [];
  const misses: string[] = [];
  for (const q of queries) {
    const ids = ranked(q);
    const at = ids.findIndex((id) => q.answers.includes(id));
    rows.push({ kind: q.kind, rr: at < 0 ? 0 : 1 / (at + 1) });
    if (at !== 0) misses.push(`${q.kind} "${q.query}": answer at ${at < 0 ? 'none' : at + 1}, top ${ids[0] ?? '-'}`);
  }
  const kinds = [...new Set(rows.map((r) => r.kind)), 'all'];
  const scores = kinds.map((kind) => {
    const rs = rows.filter((r) => kind === 'all' || r.kind === kind);
    const n = rs.length;
    return {
      kind,
      n,
      hit1: rs.filter((r) => r.rr === 1).length / n,
      hit3: rs.filter((r) => r.rr >= 1 / 3).length / n,
      mrr: rs.reduce((a, r) => a + r.rr, 0) / n,
    };
  });
  return { scores, misses };
}
