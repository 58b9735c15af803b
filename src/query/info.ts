import type { KnowledgeBase } from '../kb/schema.js';
import { reportUrl } from './citation.js';

/**
 * The JSON record of `info --json`: the document's metadata, the report's URL, its citation and counts. The
 * counts end in Count; `pages`, `sections`, `sentences` and `facts` hold the same numbers for
 * scripts written against 1.0 (deprecated: elsewhere those names are arrays).
 */
export function infoRecord(kb: KnowledgeBase, citation: string) {
  return {
    ...kb.document,
    reportUrl: reportUrl(kb.document.reportId),
    citation,
    sections: kb.sections.length,
    sentences: kb.sentences.length,
    facts: kb.facts.length,
    pageCount: kb.document.pages,
    sectionCount: kb.sections.length,
    sentenceCount: kb.sentences.length,
    factCount: kb.facts.length,
  };
}
