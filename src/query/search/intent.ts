import { normalizeText } from '../../text/normalize.js';

/** What kind of answer a question wants, from its first words. */
export function questionIntent(query: string): 'number' | 'date' | null {
  const q = normalizeText(query).trim();
  if (/^(how (many|much|big|large|far|long)|what (share|percentage|proportion|amount|number))\b/.test(q)) return 'number';
  if (/^(when|what year|since when)\b/.test(q)) return 'date';
  return null;
}

/** True when a sentence holds a number other than a year. */
export function hasNumber(text: string): boolean {
  return /\d/.test(text.replace(/\b(?:1[89]|20)\d\d\b/g, ''));
}

/** True when a sentence holds a year. */
export function hasDate(text: string): boolean {
  return /\b(?:1[89]|20)\d\d\b/.test(text);
}
