import { baseForms } from '../../text/morphy.js';
import { isStopWord } from '../../text/word-lists.js';
import type { WordNetSource } from './wordnet.js';

/** A bag of lemmas with idf weights, and its length (for a cosine). */
interface Bag {
  readonly words: ReadonlyMap<string, number>;
  readonly norm: number;
}

/**
 * Extended-Lesk overlap between senses: a sense is described by its words, its definition and
 * its hypernyms' words and definitions, each word reduced to a WordNet lemma ("killed" → "kill")
 * and weighted by its idf over all of WordNet's definitions, so that broad words ("thing", "act",
 * "group", "person") say little. Two senses are as close as the cosine of their bags: "tariff"
 * ("a government tax on imports or exports") and "duty", or "infection" and the "epidemic" of a
 * "pandemic" ("an outbreak of an infectious disease"), through shared lemmas.
 */
export class GlossOverlap {
  private readonly lemmaCache = new Map<string, string>();
  private readonly glossCache = new Map<string, string[]>();
  private readonly bagCache = new Map<string, Bag>();
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;

  constructor(private readonly wn: WordNetSource) {
    // Document frequency of each lemma over the definitions of every synset.
    const seen = new Set<string>();
    const df = new Map<string, number>();
    for (const lemma of wn.lemmas()) {
      for (const s of wn.synsets(lemma)) {
        if (seen.has(s)) continue;
        seen.add(s);
        for (const w of new Set(this.glossLemmas(s))) df.set(w, (df.get(w) ?? 0) + 1);
      }
    }
    const n = seen.size;
    for (const [w, d] of df) this.idf.set(w, Math.log(n / d));
    this.maxIdf = Math.log(n);
  }

  /** A word's WordNet lemma: a plural's singular ("laws" → "law", though "laws" is a lemma too), the word itself, or a base form WordNet knows. */
  lemmaOf(word: string): string {
    let hit = this.lemmaCache.get(word);
    if (hit === undefined) {
      // A plural's singular first ("laws" → "law"), then the word itself ("maker", not "make").
      const known = (b: string) => this.wn.synsets(b).length > 0;
      const singular = /(?:[^s]s|es)$/.test(word) ? baseForms(word).slice(1).find((b) => known(b) && b.length >= word.length - 2) : undefined;
      hit = singular ?? (known(word) ? word : baseForms(word).find(known)) ?? word;
      this.lemmaCache.set(word, hit);
    }
    return hit;
  }

  /** The content lemmas of a synset's definition. */
  private glossLemmas(synset: string): string[] {
    let hit = this.glossCache.get(synset);
    if (!hit) {
      hit = (this.wn.gloss(synset).toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !isStopWord(w)).map((w) => this.lemmaOf(w));
      this.glossCache.set(synset, hit);
    }
    return hit;
  }

  /** The bag of a sense: its words and definition, and its hypernyms' words and definitions. */
  bag(synset: string): Bag {
    let hit = this.bagCache.get(synset);
    if (hit) return hit;
    const words = new Map<string, number>();
    const add = (w: string) => {
      if (w.length > 2 && !isStopWord(w)) words.set(w, this.idf.get(w) ?? this.maxIdf);
    };
    const describe = (s: string) => {
      for (const w of this.wn.words(s)) for (const part of w.split(/[_-]/)) add(this.lemmaOf(part));
      for (const w of this.glossLemmas(s)) add(w);
    };
    describe(synset);
    for (const p of this.wn.pointers(synset)) if (p.kind === 'hypernym') describe(p.target);
    let sq = 0;
    for (const v of words.values()) sq += v * v;
    hit = { words, norm: Math.sqrt(sq) };
    this.bagCache.set(synset, hit);
    return hit;
  }
}

/** Posting lists over the bags of many senses: which senses' bags hold a lemma, for overlap sums. */
export class BagIndex<T> {
  private readonly postings = new Map<string, { item: T; weight: number; norm: number }[]>();

  /** Adds a sense's bag under an item (a brief term and how likely that sense is). */
  add(item: T, bag: Bag): void {
    for (const [w, idf] of bag.words) {
      let list = this.postings.get(w);
      if (!list) this.postings.set(w, (list = []));
      list.push({ item, weight: idf, norm: bag.norm });
    }
  }

  /** The cosine of a bag with each indexed sense it overlaps, by item. */
  overlaps(bag: Bag, maxPosting: number): Map<T, number> {
    const dot = new Map<T, { sum: number; norm: number }>();
    for (const [w, idf] of bag.words) {
      const list = this.postings.get(w);
      if (!list || list.length > maxPosting) continue;
      for (const p of list) {
        const had = dot.get(p.item);
        if (had) had.sum += idf * p.weight;
        else dot.set(p.item, { sum: idf * p.weight, norm: p.norm });
      }
    }
    const out = new Map<T, number>();
    for (const [item, { sum, norm }] of dot) out.set(item, sum / Math.max(1e-9, bag.norm * norm));
    return out;
  }
}
