import type { KnowledgeBase } from '../../kb/schema.js';
import type { SearchHit } from './rank.js';

/** A search hit as `search --json` prints it. */
export interface HitRecord {
  readonly id: string;
  readonly rank: number;
  readonly score: number;
  readonly text: string;
  readonly sectionId: string;
  readonly section: string;
  readonly page: number;
  readonly lines: number[];
  readonly matches: string[];
}

/** The JSON records of ranked hits, each with its section's title. */
export function hitRecords(kb: KnowledgeBase, hits: readonly SearchHit[]): HitRecord[] {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  return hits.map((h) => ({
    id: h.sentence.id,
    rank: h.rank,
    score: h.score,
    text: h.sentence.text,
    sectionId: h.sentence.sectionId,
    section: titles.get(h.sentence.sectionId) ?? '',
    page: h.sentence.page,
    lines: h.sentence.lines,
    matches: h.matches,
  }));
}
