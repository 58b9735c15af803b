import { IRREGULAR } from './irregular.js';

// WordNet's detachment rules (morphy): an inflected noun, verb or adjective ending and what its
// base form ends with instead.
const RULES: readonly [string, string][] = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
  ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

/**
 * The forms a word may be an inflection of, by WordNet's detachment rules ("gis" → "gi",
 * "casualties" → "casualty", "hosting" → "host", "hoste"; "drew" → "draw" from the list of
 * irregular verbs), the word itself first.
 */
export function baseForms(word: string): string[] {
  const out = [word];
  const irregular = IRREGULAR[word];
  if (irregular) out.push(irregular);
  for (const [end, base] of RULES) {
    if (word.length > end.length + 1 && word.endsWith(end)) {
      const b = word.slice(0, word.length - end.length) + base;
      if (!out.includes(b)) out.push(b);
    }
  }
  return out;
}
