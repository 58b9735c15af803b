import { lookupPacked } from '../../kb/packed-map.js';
import type { Relation, RelationLookup } from '../../kb/relations.js';
import { baseForms } from '../../text/morphy.js';
import { isStopWord } from '../../text/word-lists.js';
import type { KnowledgeBase } from '../../kb/schema.js';
import { indexTerm } from '../../text/stem.js';
import { indexOf } from './index.js';
import type { Intent, QueryFigure } from './intent.js';

/** How a sentence's word answers a query word. */
export type MatchHow = 'exact' | 'typo' | 'synonym' | 'related' | 'number';

/** One way a query word can be found in a sentence: an index term, how strongly it counts, and why. */
export interface Form {
  readonly term: string;
  /** 1 for the word itself; below SYNONYM_WEIGHT for anything else, so no other form outscores it. */
  readonly weight: number;
  readonly how: MatchHow;
  /** For a typo: the brief's word it was read as. */
  readonly corrected?: string;
}

/** A query word and the forms a sentence may match it by. */
export interface WordGroup {
  readonly kind: 'word';
  readonly text: string;
  readonly importance: number;
  readonly forms: readonly Form[];
}

/** One unit of a query that a sentence matches or not: a word, a figure, a quoted phrase or a unit word. */
export type Group =
  | WordGroup
  | { readonly kind: 'figure'; readonly text: string; readonly importance: number; readonly figure: QueryFigure }
  | { readonly kind: 'phrase'; readonly text: string; readonly importance: number; readonly terms: readonly string[] }
  | { readonly kind: 'unit'; readonly text: string; readonly importance: number; readonly unit: 'USD' | 'percent' | null; readonly scale: number | null };

/** The most a form other than the word itself can weigh (synonyms; relations are below it). */
export const SYNONYM_WEIGHT = 0.75;
/**
 * A related or synonym form counts less the more common its brief term is than the word (or the
 * rarest term the word leads to): its weight is multiplied by (idf of its term ÷ the word's
 * importance) to this power, so broad words ("japan" in a brief about Japan) say little.
 */
export const RARITY = 1;
// A typo correction is the word the reader meant, read with some doubt: below the word itself.
const TYPO_WEIGHT = 0.9;
const DICTIONARY_WORD_TYPO = 0.5;
const ACRONYM_HEAD = 0.5;

/** Edits a typo may hold: none for short words, more for long ones; one for a dictionary word. */
function maxEdits(word: string, isWord: boolean): number {
  if (word.length <= 3) return 0;
  if (isWord || word.length <= 5) return 1;
  if (word.length <= 8) return 2;
  return 3;
}

/** Edit distance with transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      low = Math.min(low, v);
    }
    if (low > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Words of the document a word it does not use may be a typo of ("okinava" → "okinawa"), closest first. */
export function correctWord(kb: KnowledgeBase, word: string, isWord = false): { word: string; score: number }[] {
  const idx = indexOf(kb);
  const max = maxEdits(word, isWord);
  if (max === 0) return [];
  idx.words ??= idx.packedVocabulary.split('\n').map((l) => l.slice(0, l.indexOf(':')));
  const out: { word: string; score: number }[] = [];
  for (const v of idx.words) {
    if (v === word || !/^[a-z]/.test(v)) continue;
    const d = editDistance(word, v, max);
    if (d <= max) out.push({ word: v, score: d / Math.max(word.length, v.length) });
  }
  const best = Math.min(...out.map((c) => c.score));
  return out.filter((c) => c.score === best).slice(0, 5);
}

/** BM25's idf of a term over the sentences. */
export function idfOf(kb: KnowledgeBase, df: number): number {
  const n = indexOf(kb).docs.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The groups of a query, each with the forms a sentence may match it by: a word of the brief as
 * itself and by its synonyms; a word the brief does not use by the relation map (read only then,
 * through `relations`) and by typo corrections; figures and quoted phrases as they are. A group's
 * importance is the idf of the word itself (for a word the brief lacks, of its best form).
 */
export function queryGroups(kb: KnowledgeBase, intent: Intent, relations: RelationLookup = () => [], rarity = RARITY): WordGroup[] {
  const idx = indexOf(kb);
  const idf = (t: string) => idfOf(kb, idx.df.get(t) ?? 0);
  const groups: WordGroup[] = [];
  const seen = new Set<string>();
  intent.content.forEach((word, i) => {
    const text = intent.typed[i] ?? word;
    const t = idx.stemOf(word) ?? indexTerm(word);
    if (seen.has(t)) return;
    seen.add(t);
    const forms: Form[] = [];
    const add = (f: Form) => {
      if (!idx.df.has(f.term)) return;
      const had = forms.findIndex((x) => x.term === f.term);
      if (had < 0) forms.push(f);
      else if (forms[had]!.weight < f.weight) forms[had] = f;
    };
    // The query spells out an acronym the brief uses ("chief of space operations" → CSO): each of
    // its words is found in the acronym too, as by a synonym.
    for (const short of acronymsSpelledOut(kb, intent, word)) add({ term: idx.stemOf(short) ?? indexTerm(short), weight: SYNONYM_WEIGHT, how: 'synonym' });
    // An acronym names a kind of what its last word names: "fund" is found in "ESF" (Exchange Stabilization Fund), weakly.
    for (const a of kb.acronyms) {
      const last = a.long.toLowerCase().match(/[a-z]+/g)?.at(-1);
      if (last && (idx.stemOf(last) ?? indexTerm(last)) === t) add({ term: idx.stemOf(a.short.toLowerCase()) ?? indexTerm(a.short.toLowerCase()), weight: ACRONYM_HEAD, how: 'related' });
    }
    if (idx.df.has(t)) {
      add({ term: t, weight: 1, how: 'exact' });
      for (const s of lookupPacked(kb.synonyms, t)) add({ term: s, weight: SYNONYM_WEIGHT * Math.min(1, idf(s) / idf(t)) ** rarity, how: 'synonym' });
      groups.push({ kind: 'word', text, importance: idf(t), forms });
      return;
    }
    const related = /^[a-z]/.test(word) ? relationsOf(word, relations) : [];
    for (const r of related) add({ term: r.term, weight: Math.min(r.weight, SYNONYM_WEIGHT), how: r.how });
    // A word the lexicon knows was probably meant as written: a correction of it counts half.
    const doubt = related.length > 0 ? DICTIONARY_WORD_TYPO : 1;
    for (const c of correctWord(kb, word, related.length > 0)) {
      const ct = lookupPacked(idx.packedVocabulary, c.word)[0] ?? indexTerm(c.word);
      add({ term: ct, weight: TYPO_WEIGHT * (1 - c.score) * doubt, how: 'typo', corrected: c.word });
    }
    const importance = forms.length ? Math.max(...forms.map((f) => idf(f.term))) : idf('');
    const weighed = forms.map((f) => (f.how === 'typo' ? f : { ...f, weight: f.weight * (idf(f.term) / importance) ** rarity }));
    weighed.sort((a, b) => b.weight - a.weight);
    groups.push({ kind: 'word', text, importance, forms: weighed });
  });
  return groups;
}

/**
 * Where a word the brief does not use leads: the relations of the word itself when the lexicon
 * knows it, else those of the base forms it may be an inflection of ("gis" → "gi"), the
 * strongest link to each term kept.
 */
function relationsOf(word: string, relations: RelationLookup): Relation[] {
  const own = relations(word);
  if (own.length) return own;
  const best = new Map<string, Relation>();
  for (const base of baseForms(word).slice(1)) for (const r of relations(base)) if ((best.get(r.term)?.weight ?? -1) < r.weight) best.set(r.term, r);
  return [...best.values()];
}

/** Acronyms of the brief (their index terms) whose long form's words are all in the query, one of them `word`. */
function acronymsSpelledOut(kb: KnowledgeBase, intent: Intent, word: string): string[] {
  const out: string[] = [];
  for (const a of kb.acronyms) {
    const long = a.long.toLowerCase().match(/[a-z0-9]+/g)?.filter((w) => !isStopWord(w)) ?? [];
    if (long.length > 1 && long.includes(word) && long.every((w) => intent.content.includes(w))) out.push(a.short.toLowerCase());
  }
  return out;
}
