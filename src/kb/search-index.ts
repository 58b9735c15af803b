import { words } from '../text/normalize.js';
import { findFigures, type FigureSpan, type FigureUnit } from '../text/numbers.js';
import { roleAt } from '../text/roles.js';
import { indexTerm } from '../text/stem.js';
import { isCapital, tokenize, type Token } from '../text/tokens.js';
import { isStopWord } from '../text/word-lists.js';
import { packMap } from './packed-map.js';
import type { KnowledgeBase, SearchIndex } from './schema.js';

/**
 * The search index of a knowledge base, made when it is built so that a lookup reads it instead
 * of tokenizing, stemming and scanning the whole document at every start:
 * - `terms`: the stemmed terms of every sentence (its section title counts as part of it, so
 *   "covid" finds its sentences) and `vocabulary`, the word → stem map;
 * - `tokens`: every sentence's tokens in order, in the compact form `encodeTokens` writes, with
 *   the figures they hold;
 * - `names`: the words of people's names (after a role, or before ", who");
 * - `source`: a checksum of the texts the index was made from, so an index that no longer fits
 *   its sentences (an edited file) is recognized and made again.
 * Computed here as well for a knowledge base file that lacks it.
 */
export function buildSearchIndex(kb: Pick<KnowledgeBase, 'sentences' | 'sections'>): SearchIndex {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  const vocabulary: Record<string, string[]> = {};
  const terms = kb.sentences.map((sentence) =>
    [...words(sentence.text), ...words(titles.get(sentence.sectionId) ?? '')]
      .filter((w) => !isStopWord(w))
      .map((w) => (vocabulary[w] = [indexTerm(w)])[0]!)
      .join(' '),
  );
  const names = new Set<string>();
  const tokens = kb.sentences.map((sentence) => {
    const toks = tokenize(sentence.text);
    for (const n of personNames(sentence.text, toks)) names.add(n);
    return encodeTokens(sentence.text, toks);
  });
  return { terms, vocabulary: packMap(vocabulary), tokens, names: [...names].sort(), source: indexSource(kb) };
}

/** A checksum (FNV-1a, hex) of what an index is made from: sentence texts, their sections and titles. */
export function indexSource(kb: Pick<KnowledgeBase, 'sentences' | 'sections'>): string {
  let h = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  for (const s of kb.sections) feed(`${s.id}\u0001${s.title}`);
  for (const s of kb.sentences) feed(`${s.sectionId}\u0001${s.text}`);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What stands between a token and the one before it: one space, a hyphen alone, or anything else. */
export type Gap = 'space' | 'hyphen' | 'other';

/** A token as the index stores it: its normalized form, as written, and the flags the ranking reads. */
export interface IndexedToken {
  readonly norm: string;
  readonly raw: string;
  readonly cap: boolean;
  readonly possessive: boolean;
  readonly stop: boolean;
  readonly before: Gap;
}

const UNIT_CODE: Readonly<Record<FigureUnit, string>> = { count: 'c', USD: 'd', percent: 'p', year: 'y' };
const CODE_UNIT: Readonly<Record<string, FigureUnit>> = { c: 'count', d: 'USD', p: 'percent', y: 'year' };

/** How a token is shown when the index does not say otherwise: its form, and "’s" when possessive. */
function shown(word: string, possessive: boolean): string {
  return possessive ? `${word}’s` : word;
}

/**
 * A sentence's tokens in one string: each token's normalized form (its first letter upper case
 * when written with a capital, "'" after it when possessive, and "=" and the token as written
 * when that is not what `shown` gives: "us=U.S.", "54000=54,000"), joined by " " (one space
 * between them in the text), "-" (a hyphen alone) or "|" (anything else); then a tab and the
 * figures, "start:end:value:unit" joined by ",", the unit's letter upper case when the unit was
 * written.
 */
export function encodeTokens(text: string, tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, k) => {
    if (k > 0) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      out += gap === ' ' ? ' ' : /^[-‐]$/.test(gap) ? '-' : '|';
    }
    const word = t.cap && /^[a-z]/.test(t.norm) ? t.norm[0]!.toUpperCase() + t.norm.slice(1) : t.norm;
    out += word + (t.possessive ? "'" : '') + (t.raw === shown(word, t.possessive) ? '' : `=${t.raw}`);
  });
  const figures = findFigures(tokens.map((t) => t.norm)).map((f) => {
    const u = UNIT_CODE[f.unit];
    return `${f.start}:${f.end}:${f.value}:${f.unitGiven ? u.toUpperCase() : u}`;
  });
  return figures.length ? `${out}\t${figures.join(',')}` : out;
}

/** Reads what `encodeTokens` wrote. */
export function decodeTokens(encoded: string): { tokens: IndexedToken[]; figures: FigureSpan[] } {
  const tab = encoded.indexOf('\t');
  const stream = tab < 0 ? encoded : encoded.slice(0, tab);
  const tokens: IndexedToken[] = [];
  let before: Gap = 'other';
  let start = 0;
  for (let i = 0; i <= stream.length; i++) {
    const c = stream[i];
    if (c !== undefined && c !== ' ' && c !== '-' && c !== '|') continue;
    if (i > start) {
      let word = stream.slice(start, i);
      const eq = word.indexOf('=');
      const raw = eq < 0 ? null : word.slice(eq + 1);
      if (eq >= 0) word = word.slice(0, eq);
      const possessive = word.endsWith("'");
      if (possessive) word = word.slice(0, -1);
      const lower = word.toLowerCase();
      tokens.push({ norm: lower, raw: raw ?? shown(word, possessive), cap: lower !== word || (raw !== null && isCapital(raw)), possessive, stop: isStopWord(lower), before });
    }
    before = c === ' ' ? 'space' : c === '-' ? 'hyphen' : 'other';
    start = i + 1;
  }
  const figures: FigureSpan[] = [];
  if (tab >= 0) {
    for (const f of encoded.slice(tab + 1).split(',')) {
      const [s, e, v, u] = f.split(':');
      const unit = CODE_UNIT[(u ?? '').toLowerCase()];
      const [start, end, value] = [Number(s), Number(e), Number(v)];
      if (unit === undefined || !Number.isInteger(start) || !Number.isInteger(end) || !Number.isFinite(value) || start < 0 || end > tokens.length) continue;
      figures.push({ start, end, value, unit, unitGiven: u !== u!.toLowerCase() });
    }
  }
  return { tokens, figures };
}

/**
 * Words of people's names in a sentence: capitalized words right after a role ("Prime Minister
 * Fumio Kishida") and before ", who" ("Shinzo Abe, who …").
 */
function personNames(text: string, tokens: readonly Token[]): string[] {
  const names: string[] = [];
  const norms = tokens.map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    const r = roleAt(norms, i);
    if (r > 0) {
      let k = i + r;
      while (k < tokens.length && tokens[k]!.cap && !tokens[k]!.stop && k < i + r + 3) names.push(tokens[k++]!.norm);
    }
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.cap && next?.norm === 'who' && /^,\s*$/.test(text.slice(t.end, next.start))) {
      for (let k = i; k >= 0 && tokens[k]!.cap && !tokens[k]!.stop && k > i - 3; k--) if (k > 0 || roleAt(norms, k) === 0) names.push(tokens[k]!.norm);
    }
  }
  return names;
}
