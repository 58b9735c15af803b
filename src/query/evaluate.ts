import type { KnowledgeBase } from '../kb/schema.js';
import { search } from './search/rank.js';

export interface LabeledQuery {
  readonly kind: string;
  readonly query: string;
  readonly answers: readonly string[];
}

export interface KindScore {
  readonly kind: string;
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
}

/** hit@1, hit@3 and MRR per kind of query, and over all (kind "all"); misses listed for debugging. */
export function evaluate(kb: KnowledgeBase, queries: readonly LabeledQuery[]): { scores: KindScore[]; misses: string[] } {
  const rows: { kind: string; rr: number }[] = [];
  const misses: string[] = [];
  for (const q of queries) {
    const hits = search(kb, q.query, { limit: 10 });
    const at = hits.findIndex((h) => q.answers.includes(h.sentence.id));
    rows.push({ kind: q.kind, rr: at < 0 ? 0 : 1 / (at + 1) });
    if (at !== 0) misses.push(`${q.kind} "${q.query}": answer at ${at < 0 ? 'none' : at + 1}, top ${hits[0]?.sentence.id ?? '-'}`);
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
