import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem } from '../../text/stem.js';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
// Inflection endings to try when looking a word up (WordNet indexes base forms).
const DETACH: [RegExp, string][] = [
  [/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/ied$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'],
  [/er$/, ''], [/est$/, ''],
];

/**
 * Builds, from WordNet, the map from a word stem a reader might type to the stems of the
 * document's own words that mean the same: for every word of the document, every single-word
 * lemma that shares a synset with it points back to it ("inocul" → "vaccin").
 */
export function buildSynonyms(dictDir: string, vocabulary: Iterable<string>): Record<string, string[]> {
  const index = new Map<string, number[]>(); // "pos:lemma" → synset offsets
  const data = new Map<string, string>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const f = line.split(' ');
      const synsetCount = Number(f[2]);
      const ptrCount = Number(f[3]);
      const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount).map(Number);
      index.set(`${pos}:${f[0]}`, offsets.slice(0, 3)); // the three commonest senses
    }
    data.set(pos, readFileSync(join(dictDir, `data.${pos}`), 'latin1'));
  }
  const synsetWords = (pos: string, offset: number): string[] => {
    const text = data.get(pos)!;
    const end = text.indexOf('\n', offset);
    const f = text.slice(offset, end).split(' ');
    const n = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    return words;
  };

  const map = new Map<string, Set<string>>();
  for (const word of [...new Set(vocabulary)].sort()) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const forms = new Set([word, ...DETACH.filter(([re]) => re.test(word)).map(([re, r]) => word.replace(re, r))]);
    const own = stem(word);
    for (const pos of POS) {
      for (const form of forms) {
        for (const off of index.get(`${pos}:${form}`) ?? []) {
          for (const syn of synsetWords(pos, off)) {
            if (!/^[a-z]+$/.test(syn)) continue;
            const key = stem(syn);
            if (key === own || key.length < 3) continue;
            let set = map.get(key);
            if (!set) map.set(key, (set = new Set()));
            set.add(own);
          }
        }
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const key of [...map.keys()].sort()) out[key] = [...map.get(key)!].sort();
  return out;
}
