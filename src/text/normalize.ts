/**
 * Letters and digits for the lookup path, as explicit ranges: Latin, Greek and Cyrillic cover
 * every word of an English brief and of any query that can match it, and such a class is far
 * cheaper for V8 to build at start-up than \p{L}, which is rebuilt in every run.
 */
export const LETTER = 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u04FF';
export const ALNUM = `${LETTER}0-9`;
const DOTTED = new RegExp(`\\b((?:[${LETTER}]\\.){2,})`, 'g');
const WORD = new RegExp(`[${LETTER}][${ALNUM}]*|[0-9]+(?:\\.[0-9]+)?`, 'g');

/**
 * The one normalization text and queries share: NFKC (full-width letters become plain), accents
 * dropped, lower case, "U.S." → "us", digit grouping removed ("54,000" → "54000").
 */
export function normalizeText(text: string): string {
  // Plain ASCII needs no Unicode normalization, the costliest step.
  const folded = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC').normalize('NFD').replace(/\p{M}+/gu, '');
  return folded
    .toLowerCase()
    .replace(DOTTED, (m) => m.replace(/\./g, ''))
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[’']s\b/g, '');
}

/** Words of a normalized text, with hyphenated compounds split into their parts as well. */
export function words(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}
