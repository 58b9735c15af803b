import type { Relation, RelationHow } from '../../kb/relations.js';
import { indexTerm } from '../../text/stem.js';
import { isStopWord } from '../../text/word-lists.js';
import { BagIndex, GlossOverlap } from './lesk.js';
import type { PointerKind, WordNetSource } from './wordnet.js';

/** Two phrases of the brief it says name the same thing ("bicameral legislature (called the Diet)"). */
export interface Apposition {
  readonly a: string;
  readonly b: string;
}

/** What the builder makes: synonyms among the brief's own terms, and relations for words it does not use. */
export interface RelationMaps {
  /** A brief term → other brief terms meaning the same (a shared synset or an apposition). */
  readonly synonyms: Record<string, string[]>;
  /** A term the brief does not use → brief terms it leads to, strongest first. */
  readonly relations: Record<string, Relation[]>;
}

/** The weights of the relation builder: how much each kind of link counts (chosen on the dev briefs; README, "Search"). */
export interface RelationWeights {
  /** A word sharing a synset with a brief term (capped below an exact match). */
  readonly synonym: number;
  /** One step along each kind of pointer; two steps multiply. */
  readonly step: Readonly<Record<PointerKind, number>>;
  /** A brief term among the nouns of the word's definition. */
  readonly gloss: number;
  /** The extended-Lesk overlap (src/ingest/models/lesk.ts) of the word's sense with a brief term's, times its cosine. */
  readonly lesk: number;
  /** A multi-word lemma reaching the brief through its last word ("human death" → death). */
  readonly compoundHead: number;
  /** Each further sense of the word counts this much less than the one before. */
  readonly senseDecay: number;
  /** A sense the tagged corpus never saw counts this much. */
  readonly rareSense: number;
  /** What the other lemmas of a word's morphological family (same stem: "lawmaker", "lawmaking") reach, this much less. */
  readonly family: number;
}

export const SYNONYM_WEIGHT = 0.75;
/** The weights in use. */
export const RELATION_WEIGHTS: RelationWeights = {
  synonym: SYNONYM_WEIGHT,
  step: { derivation: 0.7, similar: 0.6, pertainym: 0.6, hypernym: 0.55, hyponym: 0.5, holonym: 0.45, meronym: 0.4, also: 0.4 },
  gloss: 0.3,
  lesk: 1,
  compoundHead: 0.7,
  senseDecay: 0.85,
  rareSense: 0.5,
  family: 0.7,
};
const MAX_SENSES = 4;
const MIN_WEIGHT = 0.15;
const MAX_TARGETS = 6;
// A synset pointing to more synsets than this (a broad category) is not walked through a second time.
const MAX_FANOUT = 40;
// Brief terms' senses whose bags hold a lemma shared by more than this many are not compared through it.
const MAX_POSTING = 60;
// Every REACH_SAMPLE-th lemma counts towards how often a brief term is reached.
const REACH_SAMPLE = 8;

const overlaps = new WeakMap<WordNetSource, GlossOverlap>();
/** One gloss-overlap model per WordNet source: it reads all of WordNet's definitions once. */
function glossOverlapOf(wn: WordNetSource): GlossOverlap {
  let g = overlaps.get(wn);
  if (!g) overlaps.set(wn, (g = new GlossOverlap(wn)));
  return g;
}

/**
 * Builds, from WordNet, where a reader's word leads in the brief: for a word the brief does not
 * use, the brief's terms one or two steps away (synonyms, hypernyms, hyponyms, member and part
 * holonyms, derivations, similar adjectives, the words of its definition, and the brief terms
 * whose senses' definitions overlap its own), with weights that decay with each step; for the
 * brief's own terms, the brief terms that share a synset. The brief's appositions join their two
 * names both ways, and whatever reaches one reaches the other. Keys are WordNet lemmas as a
 * query writes them (lower case, dots dropped: "g.i." → "gi"). `only` limits the relations made to
 * those keys (for evaluating weights quickly); the result for them is the same as a full build's.
 */
export function buildRelations(
  wn: WordNetSource,
  vocabulary: Iterable<string>,
  appositions: readonly Apposition[] = [],
  weights: RelationWeights = RELATION_WEIGHTS,
  only: ReadonlySet<string> | null = null,
): RelationMaps {
  const W = weights;
  const brief = new Set<string>();
  const briefWords = new Map<string, Set<string>>();
  for (const w of vocabulary) {
    if (!/^[a-z][a-z0-9]*$/.test(w) || w.length <= 2 || isStopWord(w)) continue;
    const t = indexTerm(w);
    brief.add(t);
    if (!briefWords.has(t)) briefWords.set(t, new Set());
    briefWords.get(t)!.add(w);
  }
  // Words of a definition count when they are mainly nouns: "a maker of laws" says "law", not "make".
  const isNoun = (w: string) => wn.synsets(w)[0]?.startsWith('n') === true;

  // Brief terms a synset's words lead to, and at what discount.
  const synsetTerms = new Map<string, [string, number][]>();
  const termsOf = (synset: string): [string, number][] => {
    let hit = synsetTerms.get(synset);
    if (hit) return hit;
    hit = [];
    for (const word of wn.words(synset)) {
      const parts = word.split(/[_-]/);
      if (parts.length === 1) {
        const t = indexTerm(word);
        if (brief.has(t)) hit.push([t, 1]);
      } else {
        const head = parts[parts.length - 1]!;
        const t = indexTerm(head);
        if (brief.has(t) && !isStopWord(head)) hit.push([t, W.compoundHead]);
      }
    }
    synsetTerms.set(synset, hit);
    return hit;
  };
  const senseWeight = (lemma: string, sense: number) => W.senseDecay ** sense * (sense < Math.max(1, wn.commonSenses(lemma)) ? 1 : W.rareSense);

  // The senses of the brief's terms, by their bags, for the gloss overlap.
  const overlap = W.lesk > 0 ? glossOverlapOf(wn) : null;
  const senses = new BagIndex<{ term: string; weight: number }>();
  if (overlap) {
    for (const [t, ws] of briefWords) {
      const lemmas = new Set([...ws].map((w) => overlap.lemmaOf(w)));
      for (const lemma of lemmas) wn.synsets(lemma).slice(0, MAX_SENSES).forEach((s, k) => senses.add({ term: t, weight: senseWeight(lemma, k) }, overlap.bag(s)));
    }
  }

  const partners = new Map<string, Set<string>>();
  for (const { a, b } of appositions) {
    const [ha, hb] = [headTerm(a), headTerm(b)];
    if (!ha || !hb || ha === hb) continue;
    for (const [x, y] of [[ha, hb], [hb, ha]] as const) {
      if (!partners.has(x)) partners.set(x, new Set());
      partners.get(x)!.add(y);
    }
  }

  const synonyms: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const relations: Record<string, Relation[]> = Object.create(null) as Record<string, Relation[]>;
  const raw: [string, Map<string, { weight: number; how: RelationHow }>][] = [];
  const reach = new Map<string, number>();
  const lemmas = new Set<string>();
  for (const lemma of wn.lemmas()) if (/^[a-z][a-z.]*$/.test(lemma)) lemmas.add(lemma);
  // A word's family: the lemmas that share its stem. A build for a few keys makes their families too.
  const wantedStems = only ? new Set([...only].map((k) => indexTerm(k))) : null;
  const familyFound = new Map<string, [string, Map<string, { weight: number; how: RelationHow }>][]>();
  [...lemmas].sort().forEach((lemma, i) => {
    const key = lemma.replace(/\./g, '');
    const term = indexTerm(key);
    if (key.length < 2 || isStopWord(key)) return;
    const known = brief.has(term);
    const sampled = i % REACH_SAMPLE === 0;
    if (!known && !sampled && wantedStems && !wantedStems.has(term)) return;
    const found = new Map<string, { weight: number; how: RelationHow }>();
    const add = (t: string, weight: number, how: RelationHow) => {
      if (t === term || weight < MIN_WEIGHT) return;
      const had = found.get(t);
      if (!had || had.weight < weight) found.set(t, { weight, how });
    };
    wn.synsets(lemma).slice(0, MAX_SENSES).forEach((synset, sense) => {
      const sw = senseWeight(lemma, sense);
      for (const [t, d] of termsOf(synset)) add(t, W.synonym * sw * d, d === 1 ? 'synonym' : 'related');
      if (known) return;
      for (const word of wn.gloss(synset).toLowerCase().match(/[a-z]+/g) ?? []) {
        const t = indexTerm(word);
        if (!isStopWord(word) && word.length > 2 && brief.has(t) && isNoun(word)) add(t, W.gloss * sw, 'related');
      }
      if (overlap) {
        for (const [s, cos] of senses.overlaps(overlap.bag(synset), MAX_POSTING)) add(s.term, W.lesk * cos * sw * s.weight, 'related');
      }
      const first = wn.pointers(synset);
      for (const p of first) {
        const w1 = W.step[p.kind] * sw;
        for (const [t, d] of termsOf(p.target)) add(t, w1 * d, 'related');
        const second = wn.pointers(p.target);
        if (second.length > MAX_FANOUT) continue;
        for (const q of second) {
          if (q.target === synset || (p.kind === 'hypernym' && q.kind === 'hypernym')) continue;
          for (const [t, d] of termsOf(q.target)) add(t, w1 * W.step[q.kind] * d, 'related');
        }
      }
    });
    if (known) {
      const same = [...found].filter(([, r]) => r.how === 'synonym').map(([t]) => t);
      for (const p of partners.get(term) ?? []) if (!same.includes(p)) same.push(p);
      if (same.length) synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...same])].sort();
      return;
    }
    // Whatever reaches one name of an apposition reaches the other.
    for (const [t, r] of [...found]) for (const p of partners.get(t) ?? []) add(p, r.weight * W.senseDecay, r.how);
    if (sampled) for (const t of found.keys()) reach.set(t, (reach.get(t) ?? 0) + 1);
    if (!wantedStems || wantedStems.has(term)) {
      if (!familyFound.has(term)) familyFound.set(term, []);
      familyFound.get(term)!.push([key, new Map(found)]);
      raw.push([key, found]);
    }
  });
  // What the rest of a word's family reaches, the word reaches too, at a discount.
  for (const [key, found] of raw) {
    for (const [otherKey, other] of familyFound.get(indexTerm(key)) ?? []) {
      if (otherKey === key) continue;
      for (const [t, r] of other) {
        const w = r.weight * W.family;
        if (w >= MIN_WEIGHT && (found.get(t)?.weight ?? 0) < w) found.set(t, { weight: w, how: 'related' });
      }
    }
  }
  for (let k = raw.length - 1; k >= 0; k--) if (raw[k]![1].size === 0 || (only && !only.has(raw[k]![0]))) raw.splice(k, 1);
  // A brief term that very many words lead to ("change", "state", "move") is too general to say
  // what a word means: its links are weakened by how much more often it is reached than most
  // (counted over a fixed sample of WordNet's lemmas, so a build for a few words counts the same).
  const counts = [...reach.values()].sort((a, b) => a - b);
  const typical = counts[Math.floor(counts.length / 2)] ?? 1;
  for (const [key, found] of raw) {
    const list = [...found]
      .map(([term, r]) => {
        const general = r.how === 'synonym' ? 1 : Math.min(1, Math.sqrt(typical / (reach.get(term) ?? 1)));
        return { term, weight: Math.round(r.weight * general * 100) / 100, how: r.how };
      })
      .filter((r) => r.weight >= MIN_WEIGHT)
      .sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1))
      .slice(0, MAX_TARGETS);
    if (list.length) relations[key] = mergeInto(relations[key], list);
  }
  // An apposition's names are synonyms of each other even where WordNet does not know them.
  for (const [t, ps] of partners) synonyms[t] = [...new Set([...(synonyms[t] ?? []), ...ps])].sort();
  return { synonyms, relations };
}

/** Two inflections can share a key ("troop", "troops"): keep the stronger link to each term. */
function mergeInto(had: Relation[] | undefined, list: Relation[]): Relation[] {
  if (!had) return list;
  const best = new Map<string, Relation>();
  for (const r of [...had, ...list]) if ((best.get(r.term)?.weight ?? -1) < r.weight) best.set(r.term, r);
  return [...best.values()].sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1)).slice(0, MAX_TARGETS);
}

/** The term of a phrase's head: its last word that is not a stop word ("the Self-Defense Forces" → "forc"). */
function headTerm(phrase: string): string | null {
  const words = (phrase.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((w) => !isStopWord(w));
  const last = words[words.length - 1];
  return last ? indexTerm(last) : null;
}
