import { ALNUM, LETTER, normalizeText } from './normalize.js';
import { indexTerm } from './stem.js';
import { isStopWord } from './word-lists.js';

/** Splits a line into word tokens, keeping inner hyphens, dots and apostrophes ("U.S.-Japan", "Japan’s"). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
}

/** One token of a text with where it is, in the forms the search compares. */
export interface Token {
  /** As written ("U.S.", "Japan’s", "54,000", "$"). */
  readonly raw: string;
  /** Normalized ("us", "japan", "54000", "$"). */
  readonly norm: string;
  /** The index term (src/text/stem.ts), or the number itself. */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  readonly stop: boolean;
  /** Written with a possessive "’s". */
  readonly possessive: boolean;
}

const TOKEN = new RegExp(`(?:[${LETTER}]\\.){2,}|[$%]|\\d[\\d,]*(?:\\.\\d+)?[a-z]{0,2}(?![${LETTER}])|[${LETTER}][${ALNUM}]*(?:[’'][${LETTER}]+)?`, 'g');

/** The tokens of a text or a query, with offsets: dotted abbreviations, words, numbers, "$" and "%". */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const norm = normalizeText(raw).replace(/[^a-z0-9.$%]/g, '').replace(/\.$/, '').replace(/^([a-z])\.(?=[a-z])/, '$1').replace(/\.(?=[a-z])/g, '');
    if (norm === '') continue;
    const numeric = /^\d/.test(norm) || norm === '$' || norm === '%';
    out.push({
      raw,
      norm,
      term: numeric ? norm : indexTerm(norm),
      start: m.index,
      end: m.index + raw.length,
      cap: /^\p{Lu}/u.test(raw),
      stop: isStopWord(norm),
      possessive: /[’']s$/i.test(raw),
    });
  }
  return out;
}
