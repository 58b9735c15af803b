import type { Relation, RelationHow } from '../../kb/relations.js';
import { indexTerm } from '../../text/stem.js';
import { isStopWord } from '../../text/word-lists.js';
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

// Weights decay with each step away from the reader's word; a synonym stays below an exact match.
export const SYNONYM_WEIGHT = 0.75;
const STEP: Readonly<Record<PointerKind, number>> = {
  derivation: 0.7, similar: 0.6, pertainym: 0.6, hypernym: 0.55, hyponym: 0.5, holonym: 0.45, meronym: 0.4, also: 0.4,
};
const GLOSS_WEIGHT = 0.3;
// A multi-word lemma reaches the brief through its last word ("human death" → death), at a discount.
const COMPOUND_HEAD = 0.7;
const SENSE_DECAY = 0.85;
const MAX_SENSES = 4;
// A sense the tagged corpus never saw is a rare one: its links count for less.
const RARE_SENSE = 0.5;
const MIN_WEIGHT = 0.15;
const MAX_TARGETS = 6;
// A synset pointing to more synsets than this (a broad category) is not walked through a second time.
const MAX_FANOUT = 40;

/**
 * Builds, from WordNet, where a reader's word leads in the brief: for a word the brief does not
 * use, the brief's terms one or two steps away (synonyms, hypernyms, hyponyms, member and part
 * holonyms, derivations, similar adjectives, and the words of its definition), with weights that
 * decay with each step; for the brief's own terms, the brief terms that share a synset. The
 * brief's appositions join their two names both ways, and whatever reaches one reaches the other.
 */
export function buildRelations(wn: WordNetSource, vocabulary: Iterable<string>, appositions: readonly Apposition[] = []): RelationMaps {
  const brief = new Set<string>();
  for (const w of vocabulary) if (/^[a-z][a-z0-9]*$/.test(w) && w.length > 2 && !isStopWord(w)) brief.add(indexTerm(w));
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
        if (brief.has(t) && !isStopWord(head)) hit.push([t, COMPOUND_HEAD]);
      }
    }
    synsetTerms.set(synset, hit);
    return hit;
  };

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
  const keys = new Set<string>();
  for (const lemma of wn.lemmas()) if (/^[a-z]+$/.test(lemma)) keys.add(lemma);
  for (const lemma of [...keys].sort()) {
    const key = indexTerm(lemma);
    if (key.length < 2 || isStopWord(lemma)) continue;
    const known = brief.has(key);
    const found = new Map<string, { weight: number; how: RelationHow }>();
    const add = (t: string, weight: number, how: RelationHow) => {
      if (t === key || weight < MIN_WEIGHT) return;
      const had = found.get(t);
      if (!had || had.weight < weight) found.set(t, { weight, how });
    };
    const common = Math.max(1, wn.commonSenses(lemma));
    wn.synsets(lemma).slice(0, MAX_SENSES).forEach((synset, sense) => {
      const sw = SENSE_DECAY ** sense * (sense < common ? 1 : RARE_SENSE);
      for (const [t, d] of termsOf(synset)) add(t, SYNONYM_WEIGHT * sw * d, d === 1 ? 'synonym' : 'related');
      if (known) return;
      for (const word of wn.gloss(synset).toLowerCase().match(/[a-z]+/g) ?? []) {
        const t = indexTerm(word);
        if (!isStopWord(word) && word.length > 2 && brief.has(t) && isNoun(word)) add(t, GLOSS_WEIGHT * sw, 'related');
      }
      const first = wn.pointers(synset);
      for (const p of first) {
        const w1 = STEP[p.kind] * sw;
        for (const [t, d] of termsOf(p.target)) add(t, w1 * d, 'related');
        const second = wn.pointers(p.target);
        if (second.length > MAX_FANOUT) continue;
        for (const q of second) {
          if (q.target === synset || (p.kind === 'hypernym' && q.kind === 'hypernym')) continue;
          for (const [t, d] of termsOf(q.target)) add(t, w1 * STEP[q.kind] * d, 'related');
        }
      }
    });
    if (known) {
      const same = [...found].filter(([, r]) => r.how === 'synonym').map(([t]) => t);
      for (const p of partners.get(key) ?? []) if (!same.includes(p)) same.push(p);
      if (same.length) synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...same])].sort();
      continue;
    }
    // Whatever reaches one name of an apposition reaches the other.
    for (const [t, r] of [...found]) for (const p of partners.get(t) ?? []) add(p, r.weight * SENSE_DECAY, r.how);
    if (found.size) raw.push([key, found]);
  }
  // A brief term that very many words lead to ("change", "state", "move") is too general to say
  // what a word means: its links are weakened by how much more often it is reached than most.
  const reach = new Map<string, number>();
  for (const [, found] of raw) for (const t of found.keys()) reach.set(t, (reach.get(t) ?? 0) + 1);
  const counts = [...reach.values()].sort((a, b) => a - b);
  const typical = counts[Math.floor(counts.length / 2)] ?? 1;
  for (const [key, found] of raw) {
    const list = [...found]
      .map(([term, r]) => {
        const general = r.how === 'synonym' ? 1 : Math.min(1, Math.sqrt(typical / reach.get(term)!));
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
