import { stemmer } from 'stemmer';

/** Porter stem of a lowercased word, the form both the index and queries are compared in. */
export function stem(word: string): string {
  return stemmer(word);
}
