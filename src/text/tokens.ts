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

/** A token's place in its text and its normalized form, without the index term. */
export type TokenSpan = Pick<Token, 'raw' | 'norm' | 'start' | 'end'>;

/** The tokens of a text with offsets and normalized forms: dotted abbreviations, words, numbers, "$" and "%". */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const norm = normalizeText(raw).replace(/[^a-z0-9.$%]/g, '').replace(/\.$/, '').replace(/^([a-z])\.(?=[a-z])/, '$1').replace(/\.(?=[a-z])/g, '');
    if (norm !== '') out.push({ raw, norm, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * The term a token is compared by: a number, "$", "%" or a stop word as itself (stop words never
 * match a query word; only quoted phrases compare them), any other word by its index term —
 * looked up first in `known` (a brief's vocabulary), so the stemmer runs only for new words.
 */
export function termOf(norm: string, known?: (norm: string) => string | undefined): string {
  if (/^[\d$%]/.test(norm) || isStopWord(norm)) return norm;
  return known?.(norm) ?? indexTerm(norm);
}

/** The word starts with a capital letter (one that has a lower-case form). */
export function isCapital(raw: string): boolean {
  const first = raw[0] ?? '';
  return first !== first.toLowerCase();
}

/** The tokens of a text or a query, with offsets, terms and the flags the ranking reads. */
export function tokenize(text: string, known?: (norm: string) => string | undefined): Token[] {
  return tokenSpans(text).map(({ raw, norm, start, end }) => ({
    raw,
    norm,
    term: termOf(norm, known),
    start,
    end,
    cap: isCapital(raw),
    stop: isStopWord(norm),
    possessive: /[’']s$/i.test(raw),
  }));
}
