import type { KnowledgeBase } from '../kb/schema.js';

/** The JSON record of `info --json`: the document's metadata, its citation and counts. */
export function infoRecord(kb: KnowledgeBase, citation: string) {
  return { ...kb.document, citation, sections: kb.sections.length, sentences: kb.sentences.length, facts: kb.facts.length };
}
