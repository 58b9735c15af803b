import type { KnowledgeBase } from '../kb/schema.js';
import { reportUrl } from './citation.js';

/** The JSON record of `info --json`: the document's metadata, the report's URL, its citation and counts. */
export function infoRecord(kb: KnowledgeBase, citation: string) {
  return { ...kb.document, reportUrl: reportUrl(kb.document.reportId), citation, sections: kb.sections.length, sentences: kb.sentences.length, facts: kb.facts.length };
}
