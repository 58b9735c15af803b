import { words } from '../text/normalize.js';
import { indexTerm } from '../text/stem.js';
import { isStopWord } from '../text/word-lists.js';
import { packMap } from './packed-map.js';
import type { KnowledgeBase, SearchIndex } from './schema.js';

/**
 * The stemmed terms of every sentence (its section title counts as part of it, so "covid" finds
 * its sentences) and the word → stem map of the vocabulary. Built with the knowledge base so a
 * lookup does not normalize and stem the whole document at every start; computed here as well
 * for a knowledge base file that lacks it.
 */
export function buildSearchIndex(kb: Pick<KnowledgeBase, 'sentences' | 'sections'>): SearchIndex {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  const vocabulary: Record<string, string[]> = {};
  const terms = kb.sentences.map((sentence) =>
    [...words(sentence.text), ...words(titles.get(sentence.sectionId) ?? '')]
      .filter((w) => !isStopWord(w))
      .map((w) => (vocabulary[w] = [indexTerm(w)])[0]!)
      .join(' '),
  );
  return { terms, vocabulary: packMap(vocabulary) };
}
