import type { KnowledgeBase } from '../../kb/schema.js';
import { extractAcronyms } from './acronyms.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { extractFacts } from './facts.js';

/** What the extractors read: the document, its sections and its sentences in reading order. */
export type ExtractInput = Pick<KnowledgeBase, 'document' | 'sections' | 'sentences'>;

/** The records extracted from the sentences: facts, events, acronyms and the shared entities. */
export type ExtractedRecords = Pick<KnowledgeBase, 'facts' | 'events' | 'acronyms' | 'entities'>;

/**
 * Every record kind of the knowledge base, from the sentences: facts and events per sentence
 * (ids `<sentence id>-f<n>` and `-e<n>`), the first expansion of each acronym, and the entities.
 */
export function extractRecords(input: ExtractInput): ExtractedRecords {
  const out: ExtractedRecords = { facts: [], events: [], acronyms: [], entities: [] };
  const updated = input.document.updated;
  const seenAcronyms = new Set<string>();
  for (const s of input.sentences) {
    extractFacts(s.text).forEach((f, k) => out.facts.push({ id: `${s.id}-f${k + 1}`, ...f, sentenceId: s.id }));
    extractEvents(s.text, updated).forEach((e, k) => out.events.push({ id: `${s.id}-e${k + 1}`, ...e, sentenceId: s.id }));
    for (const a of extractAcronyms(s.text)) {
      if (seenAcronyms.has(a.short)) continue;
      seenAcronyms.add(a.short);
      out.acronyms.push({ short: a.short, long: a.long, sentenceId: s.id });
    }
  }
  out.entities.push(...extractEntities(input.sentences, updated, input.document.disclaimer));
  return out;
}
