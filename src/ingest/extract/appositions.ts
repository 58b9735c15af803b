import { isFiniteVerb, tagSentence, type Token } from './tagged.js';

/** A named thing a sentence explains: "Japan’s bicameral legislature (called the Diet)". */
export interface RawApposition {
  /** The name ("Diet", "Senkaku Islands", "Quad"). */
  readonly term: string;
  /** What the text says it is ("Japan’s bicameral legislature"). */
  readonly definition: string;
  /** Other names the same sentence gives ("Diaoyu"). */
  readonly aliases: string[];
}

// A name after "called"/"known as": capitalized words (with inner "of", "for", "and"), a quoted word, or a lower-case noun.
const NAME = String.raw`[“"]?((?:the\s+)?(?:\d{4}\s+)?[\p{Lu}][\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|for|on|the|de|la)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*)*|[\p{Ll}][\p{L}-]*)[”"]?`;
const POSSESSIVE_PRONOUN = /^(?:its|their|his|her)\s/i;
// The first word of a sentence-opening phrase that is not a name.
const OPENERS = /^(?:In|On|At|By|For|Since|After|Before|During|Under|Through|From|With|Within|According|Despite|However|Additionally|Also|Meanwhile|Now|Instead|Furthermore|Reportedly|Likewise|Alternatively|Separately|Thus|Still|Over|Among|As)$/;

const clean = (s: string) =>
  s
    .replace(/^[“"]|[”"]$/g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:and|or|of|for|on|the)$/i, '')
    .replace(/[,.;:]+$/, '')
    .trim();

/** A possessive pronoun in a definition points to the sentence's subject: "its military" → "Japan’s military". */
function resolvePossessive(definition: string, sentence: string): string {
  if (!POSSESSIVE_PRONOUN.test(definition)) return definition;
  const subject = /^(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*)(?=\s+(?:has|have|had|is|are|was|were|will|would|\p{Ll}+(?:ed|s))\b)/u.exec(sentence);
  if (!subject || subject[0].split(/\s+/).length > 4) return definition;
  return definition.replace(POSSESSIVE_PRONOUN, `${subject[0]}’s `);
}

const isName = (s: string) => /\p{L}{2}/u.test(s) && !/^(?:a|an|the|this|that|it|they)$/i.test(s);
const nounish = (t: Token) =>
  !t.tags.has('Pronoun') || t.tags.has('Possessive')
    ? t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('ProperNoun') || t.tags.has('Value') || /^[\p{Lu}]/u.test(t.text)
    : false;

/**
 * The noun phrase that ends at `at`: back over nouns, adjectives, determiners and possessives,
 * across "of" and "in", and across "to", "on" and "for" inside a capitalized name. When its last
 * "of" leads to a common noun, the name names that ("the Lower House of Japan’s bicameral
 * legislature (called the Diet)" → "Japan’s bicameral legislature").
 */
function nounPhraseBefore(sentence: string, tokens: readonly Token[], at: number): string | null {
  const before = tokens.filter((t) => t.end <= at);
  let i = before.length;
  while (i > 0) {
    const t = before[i - 1]!;
    const gap = sentence.slice(t.end, before[i]?.start ?? at);
    if (/[,;—()[\]]/.test(gap)) break;
    const w = t.text.toLowerCase();
    const nextCapital = /^\p{Lu}/u.test(before[i]?.text ?? '') || (before[i]?.text.toLowerCase() === 'the' && /^\p{Lu}/u.test(before[i + 1]?.text ?? ''));
    if (w === 'of' || w === 'in') {
      i--;
      continue;
    }
    if (['to', 'on', 'for'].includes(w) && nextCapital && /^\p{Lu}/u.test(before[i - 2]?.text ?? '')) {
      i--;
      continue;
    }
    if (!nounish(t) || (isFiniteVerb(before, i - 1) && !/^\p{Lu}/u.test(t.text))) break;
    i--;
  }
  while (before[i] && ['of', 'in', 'to', 'on', 'for'].includes(before[i]!.text.toLowerCase())) i++;
  if (i >= before.length) return null;
  let np = sentence.slice(before[i]!.start, at).trim();
  const lastOf = np.lastIndexOf(' of ');
  if (lastOf > 0) {
    const tail = np.slice(lastOf + 4);
    const head = tail.replace(/^(?:the|a|an)\s+/, '').split(/\s+/);
    if (!head.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|on|and|for|to)$/.test(w))) np = tail;
  }
  return np.replace(/[,.;:]+$/, '');
}

/**
 * The named things a sentence explains:
 * - "NP (called X)", "NP called X", "NP (known as X, and Y in …)", "NP, known as X", "NP (commonly known as X)";
 * - "Name (a/an NP)", "Name, a/an/the NP," (an apposition after a proper name) and "Long Name (the Short)";
 * - "Full Name—or “Short”—" and "Full Name (…, or Short)" (a short name for a long one).
 */
export function extractAppositions(sentence: string): RawApposition[] {
  const tokens = tagSentence(sentence);
  const out: RawApposition[] = [];
  const push = (term: string, definition: string, aliases: string[] = []) => {
    const t = clean(term);
    const d = resolvePossessive(definition.replace(/[,.;:]+$/, '').trim(), sentence);
    if (!isName(t) || !d || t.toLowerCase() === d.toLowerCase() || out.some((a) => a.term === t)) return;
    out.push({ term: t, definition: d, aliases: aliases.map(clean).filter(isName) });
  };

  // "NP (called X)", "NP (known as the Senkaku Islands in Japan, and Diaoyu in China)".
  for (const m of sentence.matchAll(/\s*\((?:commonly\s+|also\s+)?(?:called|known as|referred to as)\s+([^)]*)\)/gu)) {
    const np = nounPhraseBefore(sentence, tokens, m.index);
    if (!np) continue;
    const inside = m[1]!.replace(/,\s+or\s+[A-Z][A-Za-z0-9&.-]*$/, '');
    const names = inside.split(/,?\s+and\s+|,\s+or\s+/).map((n) => n.replace(/\s+in\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*$/u, '').trim());
    const [first, ...rest] = names;
    if (first) push(first, np, rest);
  }
  // "a new export promotion program called the Regional Agricultural Promotion Program (RAPP)", "personnel, called Guardians,".
  for (const m of sentence.matchAll(new RegExp(String.raw`,?\s+(?:commonly\s+|also\s+)?(?<!so-)(?:called|known as)\s+${NAME}`, 'gu'))) {
    const np = nounPhraseBefore(sentence, tokens, m.index);
    if (np) push(m[1]!, np);
  }
  // "Dynetics (a subsidiary of Leidos)", "TMC, a Canadian company, has …", "the Federal Reserve (the Fed)".
  for (const m of sentence.matchAll(/(?<![\p{L}’'-])((?:[\p{Lu}][\p{L}\p{N}’'.&-]*\s+){0,4}[\p{Lu}][\p{L}\p{N}’'.&-]*)\s*(?:\(((?:a|an|the)\s+[^()]+?)\)|,\s+((?:a|an|the)\s+[^,;()—]+?)(?:,|;|—))/gu)) {
    const name = m[1]!;
    const np = (m[2] ?? m[3])!.trim();
    const before = sentence.slice(0, m.index).trim();
    const after = sentence.slice(m.index + m[0].length);
    // "In 2025, the …", "For the Space Force, the act …", "Mexico, Canada, the European Union, and Japan": not appositions.
    if (OPENERS.test(before.split(/\s+/)[0] ?? '') && !/[,;]/.test(before) && m[3] !== undefined) continue;
    if (OPENERS.test(name.split(' ')[0]!)) continue;
    if (/(?:\b(?:in|on|at|by|since|after|before|during|from|to|of|with|within|and|or|for)(?:\s+the)?|,)$/i.test(before) && m[3] !== undefined) continue;
    if (m[3] !== undefined && /^\s*(?:and|or)\s/.test(after)) continue;
    const npTokens = tokens.filter((t) => t.start >= m.index + m[0].indexOf(np) && t.end <= m.index + m[0].indexOf(np) + np.length);
    if (npTokens.some((t) => isFiniteVerb(tokens, tokens.indexOf(t)) && !/^(?:that|which|who)$/i.test(sentence.slice(0, t.start).trim().split(/\s+/).at(-1) ?? ''))) continue;
    // "the Federal Reserve (the Fed)": a short name in brackets.
    const short = /^the\s+([\p{Lu}][\p{L}]*)$/u.exec(np);
    if (short && m[2] !== undefined) {
      push(short[1]!, name.replace(/^The\s+/, ''), [name.replace(/^The\s+/, '')]);
      continue;
    }
    if (np.split(/\s+/).length < 2) continue;
    push(name, np);
  }
  // "the Quadrilateral Security Dialogue—or “Quad”—", "The People’s Republic of China (PRC, or China)".
  for (const m of sentence.matchAll(/((?:[\p{Lu}][\p{L}’'.-]*\s+(?:of\s+)?)*[\p{Lu}][\p{L}’'.-]*)(?:—|\s*\([A-Z]+,\s+)or\s+[“"]?([\p{Lu}][\p{L}]*)[”"]?(?:—|\)|,)/gu)) {
    const full = m[1]!.replace(/^The\s+/, '');
    push(m[2]!, full, [full]);
  }
  return out;
}
