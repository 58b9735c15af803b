import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';

/** An acronym and the expansion the text gives for it. */
export interface RawAcronym {
  readonly short: string;
  readonly long: string;
}


/** First letters of a phrase's words, counting each part of "U.S." and of hyphenated words. */
function initials(word: string): string {
  if (/^(?:\p{L}\.)+$/u.test(word)) return word.replace(/\./g, '').toUpperCase();
  return word
    .split('-')
    .filter(Boolean)
    .map((p) => p[0]!)
    .join('')
    .toUpperCase();
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/**
 * Finds "Long Form (LF)" and "Long Form, or LF)" patterns: the expansion is the shortest run of
 * words before the acronym whose first word starts with its first letter and whose initials
 * contain all its letters in order.
 */
export function extractAcronyms(sentence: string): RawAcronym[] {
  const out: RawAcronym[] = [];
  const re = /(?:\(|,\s+or\s+)([A-Z][A-Z0-9-]{1,9})\)/g;
  for (const m of sentence.matchAll(re)) {
    const short = m[1]!;
    const letters = short.replace(/[^A-Z]/g, '');
    const before = sentence.slice(0, m.index).replace(/\s*\($/, '');
    const words = before.replace(/^.*\(/, '').split(/\s+/).filter(Boolean);
    for (let n = 1; n <= Math.min(words.length, letters.length + 4); n++) {
      const phrase = words.slice(-n);
      const first = phrase[0]!.replace(/^[“"(]/, '');
      if (TITLE_SMALL_WORDS.has(first.toLowerCase()) || !/^\p{Lu}/u.test(first)) continue;
      const inits = phrase.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase())).map(initials).join('');
      if (inits[0] === letters[0] && isSubsequence(letters, inits)) {
        out.push({ short, long: phrase.join(' ').replace(/^[“"(]|[,”"]$/g, '') });
        break;
      }
    }
  }
  return out;
}
