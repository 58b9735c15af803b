import { stemmer } from 'stemmer';

/** Porter stem of a lowercased word, the form both the index and queries are compared in. */
export function stem(word: string): string {
  return stemmer(word);
}

/**
 * The term a word is indexed and looked up by: its stem, except that a stem cut down to under
 * three letters is marked, so the words it came from ("used", "uses" → "us_") stay apart from
 * the short word itself ("us", from "U.S.").
 */
export function indexTerm(word: string): string {
  const s = stemmer(word);
  return s.length < 3 && s !== word ? `${s}_` : s;
}
