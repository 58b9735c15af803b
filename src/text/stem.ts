import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular.js';

/** Porter stem of a lowercased word, the form both the index and queries are compared in. */
export function stem(word: string): string {
  return stemmer(word);
}

/**
 * The term a word is indexed and looked up by: its stem (an irregular verb form's base first:
 * "drew" → "draw", "led" → "lead"), except that a stem cut down to under three letters is
 * marked, so the words it came from ("used", "uses" → "us_") stay apart from the short word
 * itself ("us", from "U.S.").
 */
export function indexTerm(word: string): string {
  const s = stemmer(IRREGULAR[word] ?? word);
  return s.length < 3 && s !== word ? `${s}_` : s;
}
