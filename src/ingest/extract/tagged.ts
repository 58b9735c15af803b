import nlp from 'compromise';

/** A word of a sentence with its offsets and part-of-speech tags (compromise, build time only). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

const cache = new Map<string, Token[]>();

/** The sentence's words, tagged; memoized since several extractors read the same sentence. */
export function tagSentence(sentence: string): Token[] {
  let tokens = cache.get(sentence);
  if (tokens) return tokens;
  // Spaced dashes, so "troops—currently" is two words to the tagger, and brackets blanked, so an
  // aside ("(2018 farm bill; P.L. 115-334)") does not confuse it; offsets stay those of the sentence.
  const spaced = sentence.replace(/—/g, ' ').replace(/\([^()]*\)|\[[^[\]]*\]/g, (m, at: number) => (at === 0 ? m : ' '.repeat(m.length)));
  const json = nlp(spaced).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
  tokens = json
    .flatMap((s) => s.terms)
    // A contraction ("Representative’s") gets an empty token for the implied "is": not a word of the text.
    .filter((t) => t.text !== '' && t.offset.length > 0)
    .map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) }));
  cache.set(sentence, tokens);
  return tokens;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'each', 'no']);

/**
 * A finite verb: a verb that is not a gerund or an infinitive after "to", and not a capitalized
 * word inside the sentence (a name: "the U.S. Trade Representative"). A plural in -s before a
 * determiner is a verb whatever the tagger says ("the report highlights a range").
 */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (!t.tags.has('Verb')) {
    if (/^[a-z]+s$/.test(t.text) && t.tags.has('Plural') && DETERMINERS.has(next)) return true;
    // "Technical Assistance for Specialty Crops funds projects": a plural after a name, before its object.
    const before = tokens[i - 1];
    const nextTok = tokens[i + 1];
    if (/^[a-z]+s$/.test(t.text) && t.tags.has('Plural') && before && /^\p{Lu}/u.test(before.text) && nextTok && /^[a-z]/.test(nextTok.text) && nextTok.tags.has('Noun') && nextTok.tags.has('Plural')) return true;
    // "the Act of 2018 authorized export programs": an -ed word between a noun and its object.
    const prev = tokens[i - 1];
    const after = tokens[i + 1];
    return (
      /^[a-z]+ed$/.test(t.text) && t.tags.has('Adjective') && !!prev && !!after &&
      (prev.tags.has('Noun') || prev.tags.has('Year') || prev.tags.has('Date')) && !prev.tags.has('TextValue') && !prev.tags.has('Pronoun') &&
      (after.tags.has('Determiner') || after.tags.has('Noun') || after.tags.has('Value')) && !after.tags.has('Preposition')
    );
  }
  if (t.tags.has('Gerund')) return false;
  if (i > 0 && /^[A-Z]/.test(t.text)) return false;
  // "exports ($112.2 billion) and imports": a plural joined to a plural noun is a noun.
  if (/^[a-z]+s$/.test(t.text) && /^(?:and|or)$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.tags.has('Plural') && tokens[i - 2]!.tags.has('Noun')) return false;
  // "and U.S. imports totaled": a plural the tagger took for a verb, before the real one.
  if (/^[a-z]+s$/.test(t.text) && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !/^(?:was|has|is|does)$/.test(t.text) && tokens[i + 1]?.tags.has('Verb') && !tokens[i + 1]!.tags.has('Gerund') && !/^(?:to|out|up|down|off|over|in|on|back|away|through)$/.test(tokens[i + 1]!.text)) return false;
  const prev = tokens[i - 1]?.text.toLowerCase();
  return prev !== 'to';
}
