import { readFileSync } from 'node:fs';
import type { Relation } from '../../kb/relations.js';
import { baseForms } from '../../text/morphy.js';
import { indexTerm } from '../../text/stem.js';
import { isStopWord } from '../../text/word-lists.js';

/** A compact word-vector table (data/models/embeddings.bin; scripts/build-embeddings.mjs makes it). */
export interface Embeddings {
  readonly words: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly dims: number;
  /** words.length × dims, int8, each row of unit length before quantizing. */
  readonly data: Int8Array;
}

/** Reads the table; null when the file is missing or not one. */
export function readEmbeddings(path: string): Embeddings | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null;
  }
  const end = buf.indexOf('\n\n');
  if (end < 0) return null;
  const [head, ...words] = buf.subarray(0, end).toString('utf8').split('\n');
  const m = /^USJE1 (\d+) (\d+)$/.exec(head ?? '');
  if (!m || Number(m[1]) !== words.length) return null;
  const dims = Number(m[2]);
  const data = new Int8Array(buf.buffer, buf.byteOffset + end + 2, words.length * dims);
  return { words, index: new Map(words.map((w, i) => [w, i])), dims, data };
}

/** How close two words must be to lead one to the other, and how a cosine becomes a weight. */
export const EMBEDDING_MIN_COSINE = 0.6;
export const EMBEDDING_WEIGHT = 0.7;
const TARGETS = 4;

/**
 * Where words a brief does not use lead among its terms, by word vectors: for each word of the
 * table that is not a brief word, the brief terms (a term's vector is the mean of its words')
 * whose cosine with it is at least EMBEDDING_MIN_COSINE, the nearest TARGETS, weighted
 * EMBEDDING_WEIGHT × the cosine rescaled over [min, 1]. Catches what the lexicon's links miss:
 * "soldiers" → troops, "lawmakers" → legislators, "casualties" → deaths.
 */
export function embeddingRelations(e: Embeddings, vocabulary: Iterable<string>): Record<string, Relation[]> {
  const { dims, data } = e;
  const byTerm = new Map<string, number[]>();
  const briefWords = new Set<string>();
  for (const w of vocabulary) {
    if (!/^[a-z][a-z]+$/.test(w) || w.length <= 2 || isStopWord(w)) continue;
    briefWords.add(w);
    const i = e.index.get(w);
    if (i === undefined) continue;
    const t = indexTerm(w);
    const list = byTerm.get(t) ?? [];
    list.push(i);
    byTerm.set(t, list);
  }
  const terms = [...byTerm.keys()];
  const T = new Float32Array(terms.length * dims);
  terms.forEach((t, k) => {
    const rows = byTerm.get(t)!;
    let n = 0;
    for (const r of rows) for (let d = 0; d < dims; d++) T[k * dims + d]! += data[r * dims + d]!;
    for (let d = 0; d < dims; d++) n += T[k * dims + d]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dims; d++) T[k * dims + d]! /= n;
  });
  const out: Record<string, Relation[]> = {};
  const row = new Float32Array(dims);
  for (let i = 0; i < e.words.length; i++) {
    const w = e.words[i]!;
    if (briefWords.has(w) || isStopWord(w) || w.length <= 2) continue;
    let n = 0;
    for (let d = 0; d < dims; d++) n += (row[d] = data[i * dims + d]!) ** 2;
    n = Math.sqrt(n) || 1;
    const best: [string, number][] = [];
    for (let k = 0; k < terms.length; k++) {
      let c = 0;
      for (let d = 0; d < dims; d++) c += row[d]! * T[k * dims + d]!;
      c /= n;
      if (c >= EMBEDDING_MIN_COSINE) best.push([terms[k]!, c]);
    }
    if (best.length === 0) continue;
    best.sort((a, b) => b[1] - a[1]);
    // A word that is an inflection of a brief word's stem is found by stemming already.
    const own = indexTerm(w);
    out[w] = best
      .filter(([t]) => t !== own)
      .slice(0, TARGETS)
      .map(([term, c]) => ({ term, how: 'related' as const, weight: Math.round(EMBEDDING_WEIGHT * (0.5 + 0.5 * (c - EMBEDDING_MIN_COSINE) / (1 - EMBEDDING_MIN_COSINE)) * 100) / 100 }));
    if (out[w].length === 0) delete out[w];
  }
  return out;
}

/** What the vectors' links count for a word the lexicon also places (its own entry or a base form's). */
export const BEHIND_LEXICON = 0.6;

/**
 * The lexicon's map with the vectors' links added. For a word the lexicon places (by its own
 * entry or a base form's: "lawmakers" → lawmaker), its links come first and the vectors', which
 * also join words that are merely related ("lawmakers" → leaders), count BEHIND_LEXICON as
 * much; where the lexicon is silent the vectors speak at full weight.
 */
export function mergeRelations(a: Record<string, Relation[]>, b: Record<string, Relation[]>, max = 8): Record<string, Relation[]> {
  const out: Record<string, Relation[]> = { ...a };
  for (const [key, found] of Object.entries(b)) {
    const lexicon = baseForms(key).flatMap((f) => a[f] ?? []);
    const rels = lexicon.length ? [...lexicon, ...found.map((r) => ({ ...r, weight: Math.round(r.weight * BEHIND_LEXICON * 100) / 100 }))] : found;
    const had = new Map((out[key] ?? []).map((r) => [r.term, r]));
    for (const r of rels) if ((had.get(r.term)?.weight ?? -1) < r.weight) had.set(r.term, r);
    out[key] = [...had.values()].sort((x, y) => y.weight - x.weight).slice(0, max);
  }
  return out;
}
