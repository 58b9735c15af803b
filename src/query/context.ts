import type { KnowledgeBase, Section, Sentence } from '../kb/schema.js';

/** A sentence with the sentences around it in its section, in reading order. */
export interface SentenceContext {
  readonly sentence: Sentence;
  readonly section: Section;
  readonly before: Sentence[];
  readonly after: Sentence[];
}

/**
 * A sentence and up to `size` sentences on each side of it, within its section (context does
 * not run into another section; paragraph breaks are kept in each sentence's `paragraph`).
 */
export function sentenceContext(kb: KnowledgeBase, sentence: Sentence, size: number): SentenceContext | null {
  const section = kb.sections.find((s) => s.id === sentence.sectionId);
  if (!section) return null;
  const at = section.sentenceIds.indexOf(sentence.id);
  if (at < 0) return null;
  const byId = new Map(kb.sentences.map((s) => [s.id, s]));
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((s): s is Sentence => s !== undefined);
  return {
    sentence,
    section,
    before: pick(section.sentenceIds.slice(Math.max(0, at - size), at)),
    after: pick(section.sentenceIds.slice(at + 1, at + 1 + size)),
  };
}

/** The sentence with this id and its context, or null when no sentence has it. */
export function findContext(kb: KnowledgeBase, id: string, size: number): SentenceContext | null {
  const sentence = kb.sentences.find((s) => s.id === id);
  return sentence ? sentenceContext(kb, sentence, size) : null;
}

/** A context sentence as JSON prints it. */
export function contextSentence(s: Sentence) {
  return { id: s.id, text: s.text, page: s.page, paragraph: s.paragraph };
}

/** The JSON record of `show --json`. */
export function contextRecord(c: SentenceContext) {
  const s = c.sentence;
  return {
    id: s.id,
    text: s.text,
    sectionId: c.section.id,
    section: c.section.title,
    page: s.page,
    paragraph: s.paragraph,
    lines: s.lines,
    before: c.before.map(contextSentence),
    after: c.after.map(contextSentence),
  };
}
