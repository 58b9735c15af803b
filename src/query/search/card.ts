import type { KnowledgeBase } from '../../kb/schema.js';

/** An answer taken from the document's metadata rather than from a sentence. */
export interface AnswerCard {
  readonly kind: 'authors';
  /** What the card answers ("Authors"). */
  readonly title: string;
  /** The answer, one line per item ("Emma Chanlett-Avery, Coordinator, Specialist in Asian Affairs"). */
  readonly lines: readonly string[];
  /** Where it comes from ("IF10199, U.S.-Japan Relations"). */
  readonly source: string;
}

/** The card for a question about the document itself: its authors; null when it lists none. */
export function documentCard(kb: KnowledgeBase): AnswerCard | null {
  const { authors, reportId, title } = kb.document;
  if (authors.length === 0) return null;
  return { kind: 'authors', title: 'Authors', lines: authors.map((a) => (a.role ? `${a.name}, ${a.role}` : a.name)), source: `${reportId}, ${title}` };
}
