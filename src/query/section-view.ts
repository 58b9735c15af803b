import type { KnowledgeBase, Section, Sentence } from '../kb/schema.js';
import { viewFact, type FactView } from './facts.js';
import { sectionFigures, type FigureRecord } from './figures.js';
import { sectionFacts, sectionSentences, type SectionMatch } from './sections.js';
import { summarize } from './summarize.js';

/** One section as `section` shows it: its sentences, summary and figures. */
export interface SectionView {
  readonly section: Section;
  readonly sentences: Sentence[];
  readonly summary: Sentence[];
  readonly facts: FactView[];
  readonly figures: FigureRecord[];
  readonly alternatives: Section[];
  readonly matchedBy: 'number' | 'title' | 'text';
}

/** Everything `section` prints about a matched section. */
export function sectionView(kb: KnowledgeBase, m: Extract<SectionMatch, { kind: 'found' }>): SectionView {
  const sentences = sectionSentences(kb, m.section);
  const facts = sectionFacts(kb, m.section);
  return {
    section: m.section,
    sentences,
    summary: summarize(sentences, { facts, entities: kb.entities }),
    facts: facts.map((f) => viewFact(kb, f)),
    figures: sectionFigures(kb, m.section.id),
    alternatives: m.alternatives,
    matchedBy: m.by,
  };
}

/** The JSON record of `section --json`. */
export function sectionRecord(v: SectionView) {
  return {
    id: v.section.id,
    title: v.section.title,
    pages: v.section.pages,
    summary: v.summary.map((s) => s.text).join(' '),
    text: v.sentences.map((s) => s.text).join(' '),
    sentences: v.sentences.map((s) => ({ id: s.id, text: s.text, page: s.page, paragraph: s.paragraph, lines: s.lines })),
    facts: v.facts,
    figures: v.figures,
    alternatives: v.alternatives.map((a) => ({ id: a.id, title: a.title })),
    matchedBy: v.matchedBy,
  };
}

/** One row of the table of contents (`sections`). */
export interface SectionRow {
  readonly id: string;
  readonly title: string;
  readonly pages: number[];
  readonly summary: string;
}

/** The table of contents: every section with its pages and first sentence. */
export function sectionRows(kb: KnowledgeBase): SectionRow[] {
  return kb.sections.map((s) => ({ id: s.id, title: s.title, pages: s.pages, summary: sectionSentences(kb, s)[0]?.text ?? '' }));
}
