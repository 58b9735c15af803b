import nlp from 'compromise';
import { DETERMINERS } from '../../text/word-lists.js';

/**
 * A sentence without a finite verb is the surest sign that lines of two columns were crossed:
 * a subject from one column meets the object of another ("This approach to hit enemy bases…").
 * A verb after "to" and a lone gerund are not finite. The tagger's slips are allowed for: the
 * plural present is tagged an infinitive too ("both governments distrust"), and a verb in -s
 * before a determiner is a verb whatever its tag says ("the treaty grants the United States").
 * Memoized, since the reading-order search asks about the same sentences many times.
 */
export function makeVerbCheck(): (sentence: string) => boolean {
  const cache = new Map<string, boolean>();
  return (sentence) => {
    let hit = cache.get(sentence);
    if (hit === undefined) {
      // Spaced dashes, so "war—depends" is two words to the tagger.
      const json = nlp(sentence.replace(/—/g, ' — ')).terms().json() as { terms: { text: string; tags: string[] }[] }[];
      const terms = json.map((t) => t.terms[0]!);
      hit = terms.some((t, i) => {
        const next = terms[i + 1]?.text.toLowerCase() ?? '';
        if (/s$/.test(t.text) && t.tags.includes('Plural') && DETERMINERS.has(next)) return true;
        if (!t.tags.includes('Verb')) return false;
        if (t.tags.includes('Gerund') && !t.tags.includes('PastTense')) return false;
        return !(t.tags.includes('Infinitive') && terms[i - 1]?.text.toLowerCase() === 'to');
      });
      cache.set(sentence, hit);
    }
    return hit;
  };
}

/** True when a sentence is long enough that it must hold a verb to be prose. */
export function needsVerb(sentence: string): boolean {
  return /[.!?][”"’)]*$/.test(sentence) && sentence.split(/\s+/).length >= 4;
}
