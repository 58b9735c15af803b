import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';

/** An acronym and the expansion the text gives for it, with an explanation when the brackets add one. */
export interface RawAcronym {
  readonly short: string;
  readonly long: string;
  /** "(SDRs, an international reserve asset …)": what the text says the thing is. */
  readonly gloss: string | null;
}

// A short form: two or more capitals, with digits, "&", hyphens, dots or small letters between
// ("COVID-19", "OT&E", "SpOC", "E.O."), an optional plural "s" and possessive.
const SHORT = String.raw`((?:[A-Z][A-Za-z0-9&.-]*[A-Z0-9][A-Za-z0-9&.-]*?|[A-Z]\.(?:[A-Z]\.)+))(?:’s|'s)?`;
const OPEN = String.raw`[(\[]`;

const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** First letters of a word, counting each part of "U.S." and of hyphenated words. */
function initials(word: string): string {
  if (/^(?:\p{L}\.)+$/u.test(word)) return word.replace(/\./g, '').toUpperCase();
  return word
    .split(/[-–]/)
    .filter(Boolean)
    .map((p) => p.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '')
    .join('')
    .toUpperCase();
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** The shortest run of last words whose initials spell the short form, the first from the first word. */
function byInitials(letters: string, words: readonly string[]): string | null {
  const want = letters.replace(/[^A-Z]/g, '');
  if (want.length < 2 || want.length !== letters.replace(/[^\p{L}]/gu, '').length) return null;
  for (let n = 1; n <= Math.min(words.length, want.length + 4); n++) {
    const phrase = words.slice(-n);
    const first = phrase[0]!.replace(/^[“"(]/, '');
    if (!/^\p{Lu}/u.test(first)) continue;
    const inits = phrase.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase())).map(initials).join('');
    if (inits[0] === want[0] && isSubsequence(want, inits) && inits.length <= want.length + 1) return phrase.join(' ');
  }
  return null;
}

/**
 * The expansion of `short` at the end of `before`. First the words whose initials spell it
 * ("Space Systems Command (SSC)"); else Schwartz and Hearst's rule: the short form's letters and
 * digits are found from right to left in the words before it, its first letter at the start of a
 * word ("Coronavirus Disease 2019 (COVID-19)"). The window is at most min(|short| + 5, 2|short|) words.
 */
export function expansionOf(short: string, before: string): string | null {
  const letters = short.replace(/(?:’s|'s)$/, '').replace(/(?<=[A-Z])s$/, '');
  const chars = [...letters].filter(isAlnum);
  if (chars.length < 2) return null;
  const words = before.trim().replace(/(?:’s|'s)$/, '').split(/\s+/);
  const window = Math.min(chars.length + 5, chars.length * 2);
  const direct = byInitials(letters, words.slice(-window));
  if (direct) return tidyLong(direct, letters);
  const text = words.slice(-window).join(' ');
  let s = chars.length - 1;
  let l = text.length - 1;
  while (s >= 0) {
    const c = chars[s]!.toLowerCase();
    while (l >= 0 && (text[l]!.toLowerCase() !== c || (s === 0 && isAlnum(text[l - 1])))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  return tidyLong(text.slice(l + 1), letters);
}

/** An expansion without closing punctuation or quotes; null when it only spells the short form again or starts on a minor word. */
function tidyLong(raw: string, letters: string): string | null {
  const long = raw.replace(/[,;:]$/, '').replace(/(?:’s|'s)$/, '').replace(/^[“"]|[”"]$/g, '').trim();
  const first = long.split(/\s+/)[0] ?? '';
  if (long.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() === letters.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()) return null;
  if (/^\p{Ll}/u.test(first) && TITLE_SMALL_WORDS.has(first)) return null;
  return long;
}

/**
 * Acronyms a sentence expands: "Long Form (LF)", "Long Form [LF]", "Long Form (LF, a gloss…)",
 * "Long Form (LF; …)" and "Long Form, or LF". Lower-case expansions count ("special drawing rights
 * (SDRs, …)"); a parenthesis that only holds an acronym with no expansion before it does not.
 */
export function extractAcronyms(sentence: string): RawAcronym[] {
  const out: RawAcronym[] = [];
  const seen = new Set<string>();
  const push = (short: string, before: string, gloss: string | null) => {
    const key = short.replace(/(?:’s|'s)$/, '');
    if (seen.has(key)) return;
    // The words just before the brackets, back to an earlier bracket or clause mark.
    const clause = before.replace(/^.*[()[\]—;:]/s, '');
    const long = expansionOf(key, clause);
    if (!long) return;
    seen.add(key);
    out.push({ short: key, long, gloss });
  };
  for (const m of sentence.matchAll(new RegExp(String.raw`\s?${OPEN}${SHORT}(?:\s*[,;]\s*([^()[\]]*))?(?=[)\][])`, 'g'))) {
    const glossText = m[2]?.trim() ?? '';
    const gloss = /^(?:a|an|the)\s/i.test(glossText) ? glossText : null;
    push(m[1]!, sentence.slice(0, m.index), gloss);
  }
  for (const m of sentence.matchAll(new RegExp(String.raw`,\s+or\s+${SHORT}(?=[,;)\]—.]|\s*$)`, 'g'))) {
    push(m[1]!, sentence.slice(0, m.index).replace(/\s*\($/, ''), null);
  }
  return out;
}
