import Fuse from 'fuse.js';
import type { Fact, KnowledgeBase } from '../kb/schema.js';
import { normalizeText } from '../text/normalize.js';

/** A fact with its sentence and section, as commands print it. */
export interface FactView {
  readonly id: string;
  readonly value: number;
  readonly unit: Fact['unit'];
  readonly display: string;
  readonly qualifier: string | null;
  readonly label: string;
  readonly measure: Fact['measure'];
  readonly period: string | null;
  readonly asOf: string | null;
  readonly alsoIn: string[];
  readonly sentence: string;
  readonly sentenceId: string;
  readonly sectionId: string;
  readonly section: string;
  readonly page: number;
}

/** Joins a fact to its sentence and section. */
export function viewFact(kb: KnowledgeBase, f: Fact): FactView {
  const s = kb.sentences.find((x) => x.id === f.sentenceId)!;
  const sec = kb.sections.find((x) => x.id === s.sectionId)!;
  return { ...f, sentence: s.text, sectionId: sec.id, section: sec.title, page: s.page };
}

/** Facts, optionally of one section and matching a fuzzy query on figure, label and sentence. */
export function findFacts(kb: KnowledgeBase, query: string, sectionId?: string): FactView[] {
  let views = kb.facts.map((f) => viewFact(kb, f)).filter((v) => !sectionId || v.sectionId === sectionId);
  const q = normalizeText(query).trim();
  if (q === '') return views;
  const fuse = new Fuse(
    views.map((v) => ({ v, display: normalizeText(v.display), label: normalizeText(v.label), sentence: normalizeText(v.sentence) })),
    {
      keys: [{ name: 'display', weight: 2 }, { name: 'label', weight: 2 }, { name: 'sentence', weight: 1 }],
      ignoreLocation: true,
      threshold: 0.3,
      useExtendedSearch: true,
      includeScore: true,
    },
  );
  // Every word of the query must match somewhere (fuzzily): extended search ANDs space-separated terms.
  views = fuse.search(q.split(/\s+/).filter(Boolean).join(' ')).map((r) => r.item.v);
  return views;
}
