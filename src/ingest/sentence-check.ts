import nlp from 'compromise';

/**
 * A sentence with no verb at all is the surest sign that lines of two columns were crossed:
 * a subject from one column meets the object of another. Memoized, since the reading-order
 * search asks about the same sentences many times.
 */
export function makeVerbCheck(): (sentence: string) => boolean {
  const cache = new Map<string, boolean>();
  return (sentence) => {
    let hit = cache.get(sentence);
    if (hit === undefined) {
      hit = nlp(sentence).has('#Verb');
      cache.set(sentence, hit);
    }
    return hit;
  };
}

/** True when a sentence is long enough that it must hold a verb to be prose. */
export function needsVerb(sentence: string): boolean {
  return /[.!?][”"’)]*$/.test(sentence) && sentence.split(/\s+/).length >= 4;
}
