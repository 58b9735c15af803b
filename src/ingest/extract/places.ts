import { tagSentence } from './tagged.js';

/** A place a sentence names ("Okinawa", "the East China Sea", "South Korea"). */
export interface RawPlace {
  readonly name: string;
}

// The last word of a geographic name.
const GEO_HEAD = /^(?:Sea|Ocean|Peninsula|Islands?|Strait|Straits|Gulf|Bay|River|Mountains|Province|Prefecture|Zone|Region|Coast|Canal|Lake|Desert|Basin|Archipelago)$/;
// Names of bodies, not places ("in Congress").
const ORG_WORDS = /^(?:Congress|Parliament|Senate|Diet|Focus|Administration|Government|Cabinet|Court|Army|Navy)$/;
// Words that never start a place name.
const NOT_PLACE = /^(?:The|A|An|In|On|At|By|For|Since|After|Before|U\.S\.|Congress|Administration|January|February|March|April|May|June|July|August|September|October|November|December|Figure|Section|Title|Part)$/;

/**
 * The places a sentence names: words the tagger knows as places (countries, cities, regions),
 * joined with the capitalized words around them ("South Korea", "East China Sea"), and
 * capitalized names ending in a geographic noun ("Korean Peninsula", "Clarion-Clipperton Zone").
 */
export function extractPlaces(sentence: string): RawPlace[] {
  const tokens = tagSentence(sentence);
  const out: RawPlace[] = [];
  const push = (name: string, end: number) => {
    const n = name.replace(/(?:’s|'s)$/, '').replace(/[.,;:]+$/, '');
    // Inside a longer name ("Sun Ocean Ventures", "Bretton Woods Agreement", "White House"): not a place.
    const next = tokens[end + 1];
    if (next && /^\p{Lu}/u.test(next.text) && /^\s*$/.test(sentence.slice(tokens[end]!.end, next.start)) && !/(?:’s|'s)$/.test(name)) return;
    if (/\b(?:House|Agreement|Act|Administration)$/.test(n) || /[\d–]/.test(n)) return;
    // A people's name ("Japanese") is not a place.
    if (!/\s/.test(n) && /(?:ese|ian|ean|ish)$/.test(n)) return;
    if (n.length > 1 && !NOT_PLACE.test(n) && !out.some((p) => p.name === n)) out.push({ name: n });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const capital = (k: number) => {
      const x = tokens[k];
      return !!x && /^\p{Lu}/u.test(x.text) && !x.tags.has('Acronym') && !/[,;()—]/.test(sentence.slice(tokens[k - 1]?.end ?? 0, x.start).slice(tokens[k - 1] ? 0 : undefined) ?? '');
    };
    const isPlace = (t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region')) && !t.tags.has('Adjective');
    if (!isPlace && !(capital(i) && GEO_HEAD.test(tokens[i + 1]?.text ?? '') && !/[,;]/.test(sentence.slice(t.end, tokens[i + 1]!.start)))) continue;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    let s = i;
    let e = i;
    const joined = (a: number, b: number) => !/[,;()—]/.test(sentence.slice(tokens[a]!.end, tokens[b]!.start));
    while (s > 0 && capital(s - 1) && joined(s - 1, s) && !NOT_PLACE.test(tokens[s - 1]!.text) && (tokens[s - 1]!.tags.has('Place') || /^(?:North|South|East|West|Southeast|Northeast|Southwest|Northwest|Central|Eastern|Western|Northern|Southern|New|Upper|Lower)$/.test(tokens[s - 1]!.text))) s--;
    while (e + 1 < tokens.length && capital(e + 1) && joined(e, e + 1) && (tokens[e + 1]!.tags.has('Place') || GEO_HEAD.test(tokens[e + 1]!.text))) e++;
    // A possessive ends the name: "Japan’s Russia policy" is two names.
    let k = s;
    while (k < e && !/’s$|'s$/.test(tokens[k]!.text)) k++;
    if (k < e) e = k;
    push(sentence.slice(tokens[s]!.start, tokens[e]!.end), e);
    i = Math.max(i, e);
  }
  // "in Okinawa", "in Xinjiang and Hong Kong": a name the tagger does not know, after "in".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!.text;
    const afterIn = /^(?:in|across|near|within)$/.test(prev) || (prev === 'and' && /^(?:in|across|near|within)$/.test(tokens[i - 3]?.text ?? '') && out.some((p) => p.name === tokens[i - 2]?.text));
    if (!afterIn || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Person') || t.tags.has('Organization')) continue;
    if (/^\s+\p{Lu}/u.test(sentence.slice(t.end, t.end + 2)) || ORG_WORDS.test(t.text)) continue;
    push(t.text, i);
  }
  return out;
}
