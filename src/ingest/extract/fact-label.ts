import nlp from 'compromise';
import { chunks, isBracket, type Chunk } from './clauses.js';
import type { Candidate } from './fact-candidates.js';
import { isFiniteVerb, tagSentence, type Token } from './tagged.js';

/** What a label is built from: the sentence, its words and its clauses, and the subject of the sentence before. */
export interface LabelContext {
  readonly sentence: string;
  readonly tokens: readonly Token[];
  readonly parts: readonly Chunk[];
  /** The subject of the previous sentence, for "His government …". */
  readonly previousSubject: string | null;
}

// Verbs whose subject is what the figure measures: "exports totaled $171 billion", "GDP increased by 1.7%".
const MEASURE_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|total(?:s|ed|led)?|reach(?:es|ed)?|peak(?:s|ed)?|stand|stands|stood|amount(?:s|ed)?|number(?:s|ed)?|equal(?:s|ed|led)?|grow|grows|grew|rise|rises|rose|fall|falls|fell|drop(?:s|ped)?|decline[sd]?|increase[sd]?|decrease[sd]?|climb(?:s|ed)?|hit|hits|jump(?:s|ed)?|shrank|shrink(?:s)?|funded|valued|worth|comprises?|comprised|account(?:s|ed)?)$/i;
// Words that end a noun phrase after a figure.
const NP_STOP = /^(?:and|or|but|by|as|than|to|that|which|who|while|from|per|each|annually|a|an|the|in|on|at|for|with|of|under|since|until|through|during|after|before|including|is|are|was|were|against|about|across|among|between|into|over|within|without|toward|towards|via|amid|despite|unlike|like|beyond|behind|below|above|along|around|upon|onto)$/i;
const PRONOUN_POSSESSIVE = /^(?:its|their|his|her)\b/i;
const PRONOUN = /^(?:it|they|he|she|this|these|that|those)$/i;

/** The label context of a sentence. */
export function labelContext(sentence: string, previousSubject: string | null, keep: readonly { from: number; to: number }[]): LabelContext {
  return { sentence, tokens: tagSentence(sentence), parts: chunks(sentence, keep), previousSubject };
}

const strip = (s: string) =>
  s
    .replace(/\s*[([][^()[\]]*[)\]]/g, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:—(-]+|[\s,;:—-]+$/g, '')
    .replace(/(?<!(?:^|[\s.])\p{Lu}|\bInc|\bCo|\bNo)\.$/u, '')
    .trim();
const dropArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '');

/** The chunk (comma clause) holding an offset. */
function chunkAt(ctx: LabelContext, at: number): Chunk {
  return ctx.parts.find((c) => at >= c.from && at < c.to) ?? { from: 0, to: ctx.sentence.length };
}

/** The subject of the first finite verb of the sentence's main clause: "Japan", "Japan’s GDP", "The Space Force". */
export function sentenceSubject(sentence: string): string | null {
  const tokens = tagSentence(sentence);
  const parts = chunks(sentence, []);
  let start: number | null = null;
  for (const c of parts) {
    if (isBracket(sentence, c)) continue;
    const text = sentence.slice(c.from, c.to).trim();
    if (/^(?:in|on|at|by|for|since|after|before|during|under|according|despite|as|with|because|although|while|if|when|to|from|over)\b/i.test(text)) {
      start = null;
      continue;
    }
    const v = tokens.findIndex((t, i) => t.start >= c.from && t.end <= c.to && isFiniteVerb(tokens, i));
    // "Market Access Program (MAP) provides …": a subject the brackets cut from its verb.
    if (v < 0) {
      start ??= c.from;
      continue;
    }
    const from = start ?? c.from;
    const words = tokens.filter((t) => t.start >= from && t.end <= tokens[v]!.start);
    if (!words.length || words.length > 10) return null;
    return strip(sentence.slice(words[0]!.start, words.at(-1)!.end));
  }
  return null;
}

/** A pronoun subject or possessive resolved: "its population" → "Japan’s population". */
function resolve(phrase: string, holder: string | null): string {
  if (!holder || PRONOUN.test(holder)) return phrase;
  const possessive = /s$/.test(holder) ? `${holder}’` : `${holder}’s`;
  return phrase.replace(PRONOUN_POSSESSIVE, possessive);
}

/** The clause subject before the figure, for the holder of what it measures; null when it is not a name or names the figure itself. */
function clauseSubject(ctx: LabelContext, at: number): { subject: string; verb: Token | null; relative: boolean; sameChunk: boolean } | null {
  const { sentence, tokens, parts } = ctx;
  const k = parts.findIndex((c) => at >= c.from && at < c.to);
  for (let j = Math.max(0, k); j >= 0; j--) {
    const c = parts[j]!;
    if (isBracket(sentence, c)) continue;
    const v = tokens.findIndex((t, i) => t.start >= c.from && t.end <= Math.min(c.to, j === k ? at : c.to) && isFiniteVerb(tokens, i));
    if (v < 0) continue;
    const before = tokens.filter((t) => t.start >= c.from && t.end <= tokens[v]!.start);
    let subject = strip(sentence.slice(before[0]?.start ?? tokens[v]!.start, before.at(-1)?.end ?? tokens[v]!.start));
    subject = subject.replace(/^(?:and|but|or|so|then|however|also|after|before|while)(?:\s+|$)/i, '');
    let relative = false;
    // "which comprises less than 1%": the antecedent of the relative pronoun.
    if (/^(?:which|who|that)$/i.test(subject) && j > 0) {
      const prev = strip(sentence.slice(parts[j - 1]!.from, parts[j - 1]!.to)).split(' ');
      const name: string[] = [];
      for (let i = prev.length - 1; i >= 0 && (/^\p{Lu}/u.test(prev[i]!) || (name.length === 0 && /^[a-z]/.test(prev[i]!) && i === prev.length - 1)); i--) name.unshift(prev[i]!);
      subject = name.length ? name.join(' ') : subject;
      relative = name.length > 0;
    }
    if (!subject && j > 0) {
      // "the CARES Act (P.L. 116-136) appropriated …": the subject is before the brackets.
      let i = j - 1;
      while (i > 0 && isBracket(sentence, parts[i]!)) i--;
      const prev = strip(sentence.slice(parts[i]!.from, parts[i]!.to));
      if (i < j - 1 && prev && !/^(?:in|on|at|by|for|since|after|before|during|according)\b/i.test(prev)) subject = prev;
    }
    if (!subject) {
      // A clause with no subject of its own: the sentence's.
      subject = sentenceSubject(sentence) ?? '';
    }
    if (PRONOUN.test(subject) && ctx.previousSubject) subject = ctx.previousSubject;
    if (PRONOUN_POSSESSIVE.test(subject)) subject = resolve(subject, sentenceSubject(sentence) === subject ? ctx.previousSubject : sentenceSubject(sentence));
    // The verb nearest before the figure: "had vaccinated 80% …" → "vaccinated".
    let last = v;
    for (let i = v + 1; i < tokens.length && tokens[i]!.end <= at; i++) if (tokens[i]!.tags.has('Verb') && !tokens[i]!.tags.has('Gerund') && tokens[i]!.start >= c.from) last = i;
    return subject ? { subject, verb: tokens[last]!, relative, sameChunk: j === k } : null;
  }
  return null;
}

/** The noun phrase that starts at `from`: nouns and adjectives (a name's inner "and", "of", "for" too), then one short prepositional phrase. */
function nounPhraseAfter(ctx: LabelContext, from: number, withPhrase = true): string {
  const { sentence, tokens } = ctx;
  const after = tokens.filter((t) => t.start >= from);
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  let end = from;
  let i = 0;
  for (; i < after.length; i++) {
    const t = after[i]!;
    const gap = sentence.slice(i === 0 ? from : after[i - 1]!.end, t.start);
    if (/[,;:—]/.test(gap) || (/[(]/.test(gap) && i > 0)) break;
    // "Comprehensive and Progressive Agreement for Trans-Pacific Partnership": small words inside a name.
    if (/^(?:and|of|for|on|the)$/.test(t.text) && capital(after[i - 1]) && capital(after[i + 1] ?? after[i + 2])) continue;
    if (NP_STOP.test(t.text) && !(i === 0 && /^(?:the|a|an)$/i.test(t.text))) break;
    const next = after[i + 1];
    // "IFPC Increment 2 battalions": a number inside a name.
    if (/^\d+$/.test(t.text) && capital(after[i - 1]) && next && /^\s+$/.test(sentence.slice(t.end, next.start))) {
      end = t.end;
      continue;
    }
    // "export credit guarantees annually": a plural the tagger took for a verb, at the end of the phrase.
    const pluralAtEnd = i > 0 && /^[a-z]+s$/.test(t.text) && t.tags.has('Verb') && (!next || /[,;:—()]/.test(sentence.slice(t.end, next.start)) || !(next.tags.has('Determiner') || next.tags.has('Noun') || next.tags.has('Value') || next.tags.has('Pronoun')));
    if (pluralAtEnd) {
      end = t.end;
      continue;
    }
    // "limited trade deals": an -ed word before a noun is an adjective.
    const adjectival = t.tags.has('Verb') && /ed$/.test(t.text) && !!next && next.tags.has('Noun') && /^\s+$/.test(sentence.slice(t.end, next.start));
    // "facilities used by U.S. Forces Japan": a participle and its phrase.
    if (i > 0 && t.tags.has('Verb') && /(?:ed|en)$/.test(t.text) && next && /^(?:by|in|for|at|to)$/.test(next.text) && capital(after[i + 2] ?? after[i + 3])) {
      let j = i + 2;
      while (j < after.length && j < i + 7 && !/[,;:—()]/.test(sentence.slice(after[j - 1]!.end, after[j]!.start)) && (capital(after[j]) || /^(?:of|the|and)$/.test(after[j]!.text))) j++;
      end = after[j - 1]!.end;
      i = j;
      break;
    }
    if (!adjectival && isFiniteVerb(tokens, tokens.indexOf(t))) break;
    const gerundBeforeNoun = t.tags.has('Gerund') && !!next && next.tags.has('Noun');
    // "mandatory CCC funding for …": a gerund that ends the phrase is its noun.
    const gerundHead = t.tags.has('Gerund') && !(next && (next.tags.has('Determiner') || next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Adjective')));
    const leadingArticle = i === 0 && /^(?:the|a|an)$/i.test(t.text);
    if (!(adjectival || gerundBeforeNoun || gerundHead || leadingArticle || ((t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Possessive') || capital(t)) && !(t.tags.has('Gerund') && !t.tags.has('Noun'))))) break;
    end = t.end;
  }
  if (end === from || !/\p{L}/u.test(sentence.slice(from, end))) return '';
  // One prepositional phrase, brackets left out: "… for FY2021", "… for exports and imports", "… of the dollar".
  if (withPhrase) {
    const rest = sentence.slice(end).replace(/\s*[([][^()[\]]*[)\]]/g, '');
    const pp = /^\s+(for|with|of|against|from|to|into|in)\s+(.*)$/s.exec(rest);
    if (pp && !/^(?:\d|\$|FY|the\s+(?:past|last|next))/.test(pp[2]!)) {
      const words: string[] = [];
      for (const w of pp[2]!.split(/\s+/)) {
        if (words.length >= 8 || (words.length > 0 && /^(?:by|that|which|who|while|per|as|than|annually|including|to|from|at|in|on|for|with)$/.test(w))) break;
        if (/^\d|^\$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w)) break;
        words.push(w.replace(/[,;:—]+$/, '').replace(/(?<!\.\p{L}+|^\p{Lu})\.$/u, ''));
        if (/[,;:—]$/.test(w) || (/\.$/.test(w) && !/\.\p{L}+\.$|^\p{Lu}\.$/u.test(w))) break;
      }
      while (words.length && /^(?:and|or|the|a|an|of|for)$/.test(words.at(-1)!)) words.pop();
      if (words.length) return strip(`${sentence.slice(from, end)} ${pp[1]} ${words.join(' ')}`);
    }
  }
  return strip(sentence.slice(from, end));
}

/** The noun phrase that ends at `to`: back over nouns, adjectives, determiners and possessives. */
function nounPhraseBefore(ctx: LabelContext, to: number, maxWords = 6): string {
  const { sentence, tokens } = ctx;
  const before = tokens.filter((t) => t.end <= to);
  let i = before.length;
  let n = 0;
  while (i > 0 && n < maxWords) {
    const t = before[i - 1]!;
    if (/[,;:—()]/.test(sentence.slice(t.end, before[i]?.start ?? to))) break;
    // "and imports ($167.8 billion)": a plural the tagger took for a verb, after "and", "for" or a determiner.
    const prev = before[i - 2]?.text.toLowerCase() ?? '';
    const pluralNoun = (i === before.length && /^[a-z]+s$/.test(t.text) && /^(?:and|or|for|of|the|its|their|in)$/.test(prev)) || (/ed$/.test(t.text) && i < before.length && before[i]!.tags.has('Noun'));
    const nounish = pluralNoun || t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('ProperNoun') || t.tags.has('Acronym') || /^\p{Lu}/u.test(t.text);
    if (!nounish || (!pluralNoun && isFiniteVerb(tokens, tokens.indexOf(t))) || t.tags.has('Pronoun')) break;
    i--;
    n++;
  }
  return i < before.length ? strip(sentence.slice(before[i]!.start, to)) : '';
}

/** The words of one prepositional phrase at the start of `text` whose preposition passes `start`, up to a clause mark or another preposition. */
function phraseAfter(text: string, start: RegExp): string {
  const words = text.replace(/\s*[([][^()[\]]*[)\]]/g, '').trim().split(/\s+/);
  if (!words[0] || !start.test(words[0])) return '';
  const out = [words[0]];
  for (const w of words.slice(1)) {
    if (out.length >= 9 || (out.length > 2 && /^(?:in|on|at|by|to|from|that|which|who|and|as|per)$/.test(w))) break;
    if (/^\d{4}$|^\$/.test(w)) break;
    out.push(w.replace(/[,;:—]+$/, '').replace(/(?<!\.\p{L}+|^\p{Lu})\.$/u, ''));
    if (/[,;:—]$/.test(w) || (/\.$/.test(w) && !/\.\p{L}+\.$|^\p{Lu}\.$/u.test(w))) break;
  }
  return out.length > 1 ? out.join(' ') : '';
}

/** "pays" → "paid", "allocated" → "allocated", "drew" → "drawn". */
function participle(verb: string): string {
  const conj = (nlp(verb).verbs().conjugate() as { Participle?: string; PastTense?: string }[])[0];
  return conj?.Participle ?? conj?.PastTense ?? verb;
}

/** Whether a name already appears in a label (by its first word). */
const mentions = (label: string, holder: string) => label.toLowerCase().includes(dropArticle(holder).toLowerCase().split(/[’'\s]/)[0]!);
const isName = (s: string) =>
  /^\p{Lu}/u.test(dropArticle(s)) && !/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|All|Some|Many|Most|Several|Other|Each|As|If|When|While|In|On|At|By|For|After|Before|Since|Although|Because|According)\b/.test(dropArticle(s)) && !PRONOUN.test(s) && s.split(' ').length <= 8;

/** A label with its holder added when the label does not name it: "exports (Japan)". */
function withHolder(label: string, holder: string | null, named = false): string {
  if (!holder || !(named || isName(holder)) || mentions(label, holder)) return label;
  return `${label} (${dropArticle(holder)})`;
}

/**
 * What a figure measures, in words a reader can use alone: the measured thing's head noun
 * phrase, with its holder or place when the sentence gives one.
 * - "80% of its population" → "share of Japan’s population vaccinated" (the noun after "of", the
 *   verb before it, a possessive pronoun resolved to the subject);
 * - "28,000 deaths" → "deaths (Japan)"; "$314 billion supplementary budget for FY2021" → the noun
 *   phrase after the figure;
 * - "a trade deficit of $41 billion" → the noun phrase before "of";
 * - "$1 billion in export credit guarantees" → the noun phrase after "in";
 * - "exports ($112.2 billion)" → the words before the brackets; a bracket that ends the sentence
 *   belongs to its subject;
 * - "exports totaled $171 billion", "GDP increased by 1.7%" → the subject of a verb of measure;
 * - "Japan pays roughly $2 billion per year to defray the cost …" → "paid by Japan to defray the cost …";
 * - ranks → "Japan’s rank as fourth-largest overall U.S. trading partner".
 */
export function labelFor(ctx: LabelContext, c: Candidate, qualifierStart: number, previousLabel: string | null = null): string {
  const { sentence } = ctx;
  const after = sentence.slice(c.end);
  const chunk = chunkAt(ctx, c.start);
  const subj = clauseSubject(ctx, c.start);
  const holder = subj ? subj.subject.split(/\s*,\s*/)[0]!.replace(/\s+\p{Ll}+ly$/u, '') : null;
  // "the yen, which fell to …": a relative clause's antecedent holds the figure even when it is a common noun.
  const relative = subj?.relative ?? false;

  // "U.S. troops—currently numbering around 54,000—and other military assets on Japanese territory".
  if (/—\s*(?:currently\s+|now\s+)?(?:numbering|totaling|totalling|worth|valued at|estimated at|at|about|some)\s*$/.test(sentence.slice(0, qualifierStart))) {
    const dash = sentence.lastIndexOf('—', qualifierStart);
    const np = nounPhraseBefore(ctx, dash);
    const close = sentence.indexOf('—', c.end);
    const place = close > 0 ? /\b((?:in|on|at|within)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2})/u.exec(sentence.slice(close).split(/[,;]/)[0]!)?.[1] : undefined;
    if (np) return `${np}${place ? ` ${place.replace(/\s+(?:in|to|for|and|of)$/, '')}` : ''}`;
  }

  if (c.unit === 'rank') {
    const np = nounPhraseAfter(ctx, c.end);
    if (c.form === 'top') {
      const head = sentence.slice(chunk.from, c.start).match(/(?:the\s+)?(?:[\p{L}.’'-]+’s\s+)?$/u)?.[0] ?? '';
      return withHolder(strip(`among ${head}${sentence.slice(c.start, c.end)} ${np}`).replace(/^among\s+the\s+top/, 'among the top'), holder);
    }
    const what = np || (c.value === 1 ? nounPhraseBefore(ctx, qualifierStart) : '').replace(/^(?:The|A|An)$/, '');
    if (holder && isName(holder) && !mentions(what, holder)) {
      const h = dropArticle(holder);
      return `${h}${/s$/.test(h) ? '’' : '’s'} rank as ${sentence.slice(c.start, c.end).toLowerCase()} ${what}`.trim();
    }
    return `rank as ${sentence.slice(c.start, c.end).toLowerCase()} ${what}`.trim();
  }

  if (c.form === 'hyphen') {
    const np = nounPhraseAfter(ctx, c.end);
    if (c.noun === 'nation' || c.noun === 'country' || c.noun === 'member' || c.noun === 'party') {
      const bracket = /^\s*(?:[\p{L}\p{N}’'-]+\s+)*?[\p{L}\p{N}’'-]+\s*(\([A-Z][A-Za-z0-9&-]*\))/u.exec(after)?.[1] ?? '';
      return `${c.noun === 'country' ? 'countries' : `${c.noun}s`} of the ${np}${bracket ? ` ${bracket}` : ''}`.trim();
    }
    if (c.noun === 'level') return withHolder(`levels of the ${np}`, holder);
    // A duration: "four-year deal", "near seven-year low against the dollar".
    const rel = /^\s*(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:that|which)\s+((?:[\p{L}’'-]+\s+){1,3}[\p{L}’'-]+)/u.exec(sentence.slice(c.end + np.length + 1));
    const relText = rel ? rel[1]!.replace(/\s+(?:at|in|on|to|for|of|by|with)$/, '') : '';
    const base = relText ? `term of the ${np} that ${relText}` : np ? `term of the ${np}` : 'term';
    return withHolder(/\b(?:low|high)\b/.test(np) ? np : base, holder, relative);
  }

  // "80% of its population", "half of USFJ personnel", "$1.8 billion of the ESF’s capital".
  const of = /^\s+of\s+/.exec(after);
  if (of) {
    const np = resolve(nounPhraseAfter(ctx, c.end + of[0].length), holder && !PRONOUN_POSSESSIVE.test(holder) ? holder : sentenceSubject(sentence));
    if (np) {
      if (c.unit === 'percent') {
        // "doubling it to 2% of GDP": what "it" stands for, as a share of the noun.
        const it = /\bit\s+(?:to|at|by)\s+$/.exec(sentence.slice(0, qualifierStart));
        if (it) {
          const comma = sentence.lastIndexOf(',', it.index);
          const thing = comma > 0 ? nounPhraseBefore(ctx, comma) : '';
          if (thing) return withHolder(`${dropArticle(thing)} as a share of ${np}`, holder);
        }
        // The verb it is the object of ("had vaccinated 80% of …") or the place its clause puts it ("… are in Okinawa").
        const verb = subj?.verb && subj.verb.end <= qualifierStart && chunkAt(ctx, subj.verb.start) === chunk && !MEASURE_VERB.test(subj.verb.text) ? participle(subj.verb.text) : '';
        const place = /^[^,;]*?\s(?:are|is|were|was)\s+((?:in|on|at|within)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(sentence.slice(c.end))?.[1] ?? '';
        const relHolder = holder && subj && /^(?:which|who)\b/i.test(sentence.slice(chunk.from, c.start).trim()) ? holder : null;
        if (relHolder) return `${dropArticle(relHolder)}’s share of ${np}`;
        return `share of ${np}${verb ? ` ${verb}` : ''}${place ? ` ${place}` : ''}`;
      }
      return withHolder(np, holder);
    }
  }
  // "$1 billion in export credit guarantees", "$285 million in funding availability for …".
  const inNp = /^\s+in\s+/.exec(after);
  if (inNp && c.unit === 'USD') {
    const np = nounPhraseAfter(ctx, c.end + inNp[0].length);
    if (np) return withHolder(np, holder);
  }
  // "an end-strength of 10,400 military personnel", "delivery of 16 launcher prototypes": a count's own noun, after what it is of.
  const ofBefore = /\s+of\s+$/.exec(sentence.slice(0, qualifierStart));
  const counted = c.unit === 'count' ? nounPhraseAfter(ctx, c.end) : '';
  if (ofBefore) {
    const np = dropArticle(nounPhraseBefore(ctx, ofBefore.index));
    if (np && counted) return withHolder(`${np} of ${counted}`, holder);
    // "a trade deficit of $41 billion", "the requested total of $26.1 billion … in discretionary funding for the Space Force".
    if (np) {
      const pp = phraseAfter(after.replace(/^\s+for\s+FY\s?\d{4}\b/, ''), /^(?:in|for)$/);
      return withHolder(strip(`${np}${pp ? ` ${pp}` : ''}`), holder);
    }
  }
  if (counted) return withHolder(counted, holder);
  // "its holdings of IMF SDRs, currently valued at $176.0 billion": an aside on the noun phrase before it.
  const aside = /^\s*(?:currently\s+|now\s+|then\s+)?(?:valued at|estimated at|worth|totaling|totalling|numbering|amounting to)\s*$/i.exec(sentence.slice(chunk.from, qualifierStart));
  if (aside && chunk.from > 0) {
    const np = nounPhraseBefore(ctx, chunk.from - 1);
    if (np) return withHolder(resolve(np, sentenceSubject(sentence)), holder);
  }
  // "31 exploration contracts, of which 17 are located in the CCZ".
  const ofWhich = /,\s+of\s+which\s+$/.exec(sentence.slice(0, qualifierStart));
  const located = /^\s*(?:are|were|is|was)\s+([^,;()]+)/.exec(after);
  if (ofWhich && located) {
    const np = nounPhraseBefore(ctx, ofWhich.index);
    if (np) return strip(`${np} ${located[1]!.split(/\s+/).slice(0, 8).join(' ')}`);
  }
  // "600 (6%) more than in FY2025": a comparison with the figure before it, of the same thing.
  if (previousLabel && /^\s*(?:\([^)]*\)\s*)?(?:more|less|fewer|higher|lower)\s+than\b/i.test(after) || (previousLabel && /^\s*\)\s*(?:more|less|fewer|higher|lower)\s+than\b/i.test(after))) {
    return `change in ${previousLabel.replace(/^change in /, '')}`;
  }
  // "exports ($112.2 billion) and imports", "(no less than $200 million per year)" at the end: the subject.
  const inBrackets = /\(\s*[^()]*$/.test(sentence.slice(chunk.from, qualifierStart)) || isBracket(sentence, chunk);
  if (inBrackets) {
    const open = sentence.lastIndexOf('(', qualifierStart);
    const closesSentence = /^\s*[^()]*\)\s*[.;]?\s*$/.test(sentence.slice(c.end));
    if (closesSentence && open > 0 && !/\p{L}/u.test(sentence.slice(open + 1, qualifierStart).replace(/no less than|no more than|about|roughly|nearly|over|under|up to|~/g, ''))) {
      const s = sentenceSubject(sentence);
      if (s) return dropArticle(s);
    }
    const np = nounPhraseBefore(ctx, open, 4);
    // "$38.4 billion (65%)": a share of the amount before it.
    if (!np && c.unit === 'percent') return withHolder(`share ${strip(sentence.slice(sentence.indexOf(')', c.end) + 1).replace(/^\s*(?:is|are|was|were)\s+/, '')).split(/[,;]/)[0]}`.trim(), holder);
    if (np) return withHolder(dropArticle(np), holder);
  }
  // "28,000 deaths", "$314 billion supplementary budget for FY2021", "16 launcher prototypes".
  const direct = nounPhraseAfter(ctx, c.end);
  if (direct && !/^(?:per|annually|a year|each)\b/i.test(direct)) return withHolder(direct, holder);

  // A list item with no verb of its own ("…, $4.0 billion for procurement") takes the clause's verb.
  const ownVerb = ctx.tokens.some((t, i) => t.start >= chunk.from && t.end <= chunk.to && isFiniteVerb(ctx.tokens, i));
  // The figure completes a verb of its clause: its subject is what it measures, or the label says who did what.
  if (subj && subj.verb && (subj.sameChunk || !ownVerb) && subj.verb.end <= qualifierStart) {
    const s = dropArticle(holder ?? subj.subject);
    // "… double mandatory CCC funding …, and further increase to $533 million": the thing that changes.
    if (/\bto\s+$/.test(sentence.slice(0, qualifierStart))) {
      const object = nounPhraseAfter(ctx, subj.verb.end);
      const between = sentence.slice(subj.verb.end, qualifierStart).replace(/\s*to\s+$/, '').trim();
      if (object && between && !/^(?:to|by)\b/.test(between)) return `${dropArticle(object)} ${participle(subj.verb.text)} to`;
      const changed = [...sentence.slice(0, subj.verb.start).matchAll(/\b(?:increase|double|triple|raise|boost|cut|reduce|expand|grow|lower)[sd]?\s+/gi)].at(-1);
      if (changed) {
        const thing = nounPhraseAfter(ctx, (changed.index ?? 0) + changed[0].length);
        if (thing) return dropArticle(thing);
      }
    }
    if (/^(?:increas|ris|rose|grow|grew|climb|jump|gain|expand|decreas|fall|fell|declin|drop|shrink|shrank|contract|plummet)/i.test(subj.verb.text)) return `change in ${s}`;
    if (MEASURE_VERB.test(subj.verb.text)) return /^(?:grow|grows|grew|rise|rises|rose|fall|falls|fell|drop|dropped|drops|decline[sd]?|increase[sd]?|decrease[sd]?|climb(?:s|ed)?|jump(?:s|ed)?|shrank|shrinks?)$/i.test(subj.verb.text) ? `change in ${s}` : s;
    const rest = after.replace(/^\s*(?:per\s+(?:year|month)|annually|a\s+year|each\s+year|yearly)\b/, '');
    const purpose = /^\s*((?:to|for|from|in)\s+(?!\d|FY|the\s+(?:past|last))[^,;()]+)/.exec(rest)?.[1] ?? '';
    const tail = purpose ? ` ${strip(purpose).split(' ').slice(0, 10).join(' ').replace(/(?:\s+(?:in|of|to|for|the|a|an|and|or|on|at|by|with))+$/, '')}` : '';
    return `${participle(subj.verb.text)} by ${s}${tail}`;
  }
  // The figure is the subject: "$5.5 billion is available annually …".
  const pred = /^\s*(?:is|are|was|were)\s+(.*)$/.exec(after.replace(/^\s*\([^()]*\)/, ''));
  if (pred) return strip(pred[1]!.replace(/\b(?:annually|per year|each year)\b/g, '').split(/[,;]/)[0]!).split(' ').slice(0, 8).join(' ');
  // Else the words before the figure in its clause.
  const before = strip(sentence.slice(chunk.from, qualifierStart)).split(' ').slice(-6).join(' ');
  return before || 'value';
}
