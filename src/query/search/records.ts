import type { KnowledgeBase } from '../../kb/schema.js';
import type { Correction, SearchResult } from './rank.js';

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
  /** "sentence" for a sentence of the brief; "metadata" for an answer card from its metadata. */
  readonly kind: 'sentence' | 'metadata';
  readonly corrections: Correction[];
}

/**
 * The JSON records of a search: an answer card first when there is one (kind "metadata", rank 0,
 * its lines joined by "; "), then the ranked sentences, each with its section's title.
 */
export function hitRecords(kb: KnowledgeBase, result: Pick<SearchResult, 'hits' | 'card'>): HitRecord[] {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  const lastPage = Math.max(...kb.sentences.map((s) => s.page));
  const card: HitRecord[] = result.card
    ? [{ id: `document-${result.card.kind}`, rank: 0, score: 1, text: result.card.lines.join('; '), sectionId: '', section: result.card.title, page: lastPage, lines: [], matches: [], kind: 'metadata', corrections: [] }]
    : [];
  return [
    ...card,
    ...result.hits.map((h) => ({
      id: h.sentence.id,
      rank: h.rank,
      score: h.score,
      text: h.sentence.text,
      sectionId: h.sentence.sectionId,
      section: titles.get(h.sentence.sectionId) ?? '',
      page: h.sentence.page,
      lines: h.sentence.lines,
      matches: h.matches,
      kind: 'sentence' as const,
      corrections: h.corrections,
    })),
  ];
}
