import nlp from 'compromise';
import type { DateSpan } from './date-spans.js';
import { chunks, isBracket, type Chunk } from './clauses.js';
import { isFiniteVerb, tagSentence, type Token } from './tagged.js';

// A noun that names something that happens: its noun phrase is the event ("Japan’s colonization of
// the Korean Peninsula from 1910 to 1945", "U.S. withdrawal from the proposed TPP in 2017").
const HAPPENING = /^[a-z-]{3,}(?:tion|sion|ment|wal|val|sal|ance|ence|ure|sis)s?$|^(?:wars?|crisis|summit|visits?|meetings?|attacks?|talks|elections?|earthquake|invasion|annexation)$/i;
// -tion nouns that name a standing thing, not something that happens.
const NOT_HAPPENING = /^(?:relations?|nations?|institutions?|positions?|conditions?|questions?|regulations?|organizations?|populations?|foundations?|stations?|sections?|portions?|options?|governments?|departments?|agreements?|environments?|capabilities|measures?|features?|structures?|infrastructure|legislature|cultures?|futures?|revenues?|audiences?|assistance|allowances?|ordinances?|provisions?|jurisdictions?|authorizations?|appropriations?|operations?|designations?|documents?|instruments?|equipment|investments?|budget)$/i;
// Words that open a sentence's comment rather than its content.
const DISCOURSE = /^(?:however|additionally|reportedly|meanwhile|further|furthermore|also|subsequently|in addition|in contrast|likewise|similarly|separately|instead|thus|still|then|and|but|so|yet|or)\b,?\s*/i;
// Where a long clause can be cut: before a preposition or a subordinate clause.
const SOFT_BREAK = /^(?:in|on|for|with|from|into|through|including|such|that|which|while|as|despite|because|across|over|against|among|amid|by|after|before|under|to|and)$/i;
// Where a long subject's head ends: "A series of actions … by both governments involving …".
const SUBJECT_TAIL = /^(?:by|involving|including|with|from|in|on|at|for|that|which|who|whose|to)$/i;
// A chunk that opens with one of these is subordinate or an aside, not the main clause.
const SUBORDINATE = /^(?:(?:of|in|for|by|to|from|with|during|under|through)\s+(?:which|whom)|where|when|which|who|whom|whose|while|although|though|because|as|if|since|unless|whereas|following|according|including|such|especially|particularly|like|unlike|despite|given|known|called|or|e\.g\.|i\.e\.)\b/i;
const PREPOSITION_START = /^(?:in|on|at|with|for|from|as|among|along|under|over|through|during|after|before|by|to|of|into|via|per|across|against|amid|around)\b/i;
const PRONOUN_SUBJECT = /^(?:it|they|he|she)$/i;
const MAX_WORDS = 18;
const MAX_SUBJECT_WORDS = 9;

const verbIndexIn = (tokens: readonly Token[], c: Chunk) => tokens.findIndex((t, i) => t.start >= c.from && t.end <= c.to && isFiniteVerb(tokens, i));

/** Words kept from a range of the sentence, with brackets, quotes and the dates in `drop` left out. */
function textOf(sentence: string, from: number, to: number, drop: readonly [number, number][]): string {
  let out = '';
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = sentence[i]!;
    if (c === '(' || c === '[') depth++;
    if (depth === 0 && !drop.some(([a, b]) => i >= a && i < b) && !/[“”"]/.test(c)) out += c === '—' ? ' ' : c;
    if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return out.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

/** A gerund made past tense ("decreasing" → "decreased"); the tagger needs a little context. */
function pastTense(verb: string): string {
  return nlp(`after ${verb} it`).verbs().toPastTense().text() || verb;
}

/** A subject cut to its head when long: "A series of actions … by both governments involving …" → "A series of actions …". */
function shortSubject(subject: string): string {
  const words = subject.split(' ');
  if (words.length <= MAX_SUBJECT_WORDS) return subject;
  const cut = words.findIndex((w, i) => i >= 2 && SUBJECT_TAIL.test(w));
  return cut > 0 ? words.slice(0, cut).join(' ') : subject;
}

/** A clause tidied for a timeline: no opening discourse word, no closing function word, a capital, at most MAX_WORDS words. */
function tidy(clause: string): string {
  let s = clause.replace(/^[,;:.\s]+|[,;:.\s]+$/g, '');
  for (let k = 0; k < 3; k++) s = s.replace(DISCOURSE, '');
  const words = s.split(' ');
  if (words.length > MAX_WORDS) {
    let cut = -1;
    for (let i = 5; i <= MAX_WORDS; i++) if (SOFT_BREAK.test(words[i] ?? '')) cut = i;
    s = words.slice(0, cut > 0 ? cut : MAX_WORDS).join(' ');
  }
  for (let k = 0; k < 3; k++) s = s.replace(/[,;:]$/, '').replace(/\s+(?:and|or|but|the|a|an|of|to|in|on|by|at|was|were|is|are|with|for|than|as)$/i, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The noun phrase ending at `at` when it is headed by a noun of something happening. */
function happeningBefore(sentence: string, tokens: readonly Token[], at: number): number | null {
  const before = tokens.filter((t) => t.end <= at);
  const gapAfter = (i: number) => sentence.slice(before[i]!.end, before[i + 1]?.start ?? at);
  const modifier = (t: Token) =>
    !t.tags.has('Pronoun') && (t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('ProperNoun') || t.tags.has('Noun') || t.tags.has('Value'));
  let i = before.length - 1;
  let start: number | null = null;
  let steps = 0;
  while (i >= 0 && steps < 8) {
    const t = before[i]!;
    const w = t.text.toLowerCase();
    if (/[,;—()]/.test(gapAfter(i))) break;
    if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && HAPPENING.test(w) && !NOT_HAPPENING.test(w)) {
      let s = i;
      while (s > 0 && modifier(before[s - 1]!) && !/[,;—()]/.test(gapAfter(s - 1))) s--;
      start = before[s]!.start;
      // "a 46% reduction in greenhouse gas emissions": a happening noun before "in"/"of" heads the phrase.
      const p = before[s - 1];
      if (p && ['in', 'of'].includes(p.text.toLowerCase()) && s - 2 >= 0 && HAPPENING.test(before[s - 2]!.text) && !NOT_HAPPENING.test(before[s - 2]!.text)) {
        i = s - 2;
        steps++;
        continue;
      }
      return start;
    }
    if (!(modifier(t) || ['of', 'from', 'with', 'to', 'in', 'on'].includes(w)) || (t.tags.has('Verb') && !t.tags.has('Noun'))) break;
    i--;
    steps++;
  }
  return start;
}

/** The proper name or noun phrase that ends the last chunk before `k` that is not in brackets: the antecedent of "…, who" or "…, dated". */
function trailingName(sentence: string, tokens: readonly Token[], parts: readonly Chunk[], k: number): string | null {
  let j = k - 1;
  while (j > 0 && isBracket(sentence, parts[j]!)) j--;
  const c = parts[j];
  if (!c) return null;
  const ts = tokens.filter((t) => t.start >= c.from && t.end <= c.to);
  let s = ts.length;
  while (s > 0 && (/^[A-Z0-9]/.test(ts[s - 1]!.text) || (s < ts.length && /^(?:of|and|for|the)$/.test(ts[s - 1]!.text) && /^[A-Z]/.test(ts[s - 2]?.text ?? '')))) s--;
  if (s === ts.length) while (s > 0 && !ts[s - 1]!.tags.has('Pronoun') && (ts[s - 1]!.tags.has('Noun') || ts[s - 1]!.tags.has('Adjective') || ts[s - 1]!.tags.has('Determiner') || ts[s - 1]!.tags.has('Possessive')) && !ts[s - 1]!.tags.has('Verb')) s--;
  if (s === ts.length) return null;
  return sentence.slice(ts[s]!.start, ts.at(-1)!.end);
}

interface Context {
  readonly sentence: string;
  readonly tokens: readonly Token[];
  readonly parts: readonly Chunk[];
  readonly drop: readonly [number, number][];
}

/** The subject for a verb at token `v` of chunk `c`: the words before it, or the nearest noun-phrase chunk before. */
function subjectFor(ctx: Context, c: number, v: number): string | null {
  const { sentence, tokens, parts, drop } = ctx;
  const chunk = parts[c]!;
  const before = textOf(sentence, chunk.from, tokens[v]!.start, drop).replace(/^(?:and|but|or|then|after|before|while)(?:\s+|$)/i, '');
  if (before.split(' ').filter(Boolean).length > 0 && !PREPOSITION_START.test(before)) return before;
  for (let j = c - 1; j >= 0; j--) {
    const p = parts[j]!;
    if (isBracket(sentence, p)) continue;
    const text = textOf(sentence, p.from, p.to, drop);
    if (!text || SUBORDINATE.test(text) || PREPOSITION_START.test(text) || /^(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b/.test(text)) continue;
    const vi = verbIndexIn(tokens, p);
    if (vi < 0) return text;
    // The chunk has its own clause: its subject is the sentence's.
    return textOf(sentence, p.from, tokens[vi]!.start, drop) || null;
  }
  return null;
}

/** The sentence's main subject: the subject of the first clause that is not fronted or subordinate. */
function mainSubject(ctx: Context): string | null {
  const { sentence, tokens, parts } = ctx;
  for (let c = 0; c < parts.length; c++) {
    const p = parts[c]!;
    if (isBracket(sentence, p)) continue;
    const text = sentence.slice(p.from, p.to).trim();
    if (SUBORDINATE.test(text) || (c === 0 && PREPOSITION_START.test(text))) continue;
    const v = verbIndexIn(tokens, p);
    if (v < 0) continue;
    const s = subjectFor(ctx, c, v);
    if (s) return s;
  }
  return null;
}

/** The clause whose finite verb is at token `v` of chunk `c`, up to the end of chunk `to`. */
function clauseAt(ctx: Context, c: number, v: number, to: number): string {
  const { sentence, tokens, parts, drop } = ctx;
  let subject = subjectFor(ctx, c, v) ?? '';
  if (PRONOUN_SUBJECT.test(subject)) subject = mainSubject(ctx) ?? subject;
  let predicate = textOf(sentence, tokens[v]!.start, parts[c]!.to, drop);
  for (let j = c + 1; j <= to; j++) {
    const p = parts[j]!;
    const t = textOf(sentence, p.from, p.to, drop);
    if (isBracket(sentence, p) || !t || SUBORDINATE.test(t) || /^[a-z]+(?:ed|en)\b/.test(t)) continue;
    predicate += ` ${t}`;
  }
  return `${shortSubject(subject)} ${cutRelative(predicate)}`.trim();
}

/** A predicate cut before a relative clause that follows its verb ("… a new four-year deal that continues …"). */
function cutRelative(predicate: string): string {
  const m = /\s(?:that|which|who)\s/.exec(predicate);
  if (m && predicate.slice(0, m.index).split(' ').length >= 3) return predicate.slice(0, m.index);
  return predicate;
}

/**
 * A short clause saying what happened at a date of the sentence, or null when the date only
 * compares ("for the first time since 1945", "more than in FY2025", "as in 2008") or names
 * something dated elsewhere. The clause is the one the date belongs to, with dates, brackets and
 * asides left out:
 * - a fronted date ("In October, …") dates the main clause;
 * - a relative clause ("Shinzo Abe, who served as premier from 2012 to 2020") takes its antecedent as subject;
 * - a clause without a subject ("…, after decreasing by 4.5% in 2020") takes the sentence's;
 * - a date after a noun of something happening dates that noun phrase ("Japan’s colonization of the Korean Peninsula");
 * - a year before a noun dates the noun ("the 2014 Crimean annexation"), a year in a name dates the name ("the Gold Reserve Act of 1934");
 * - an apposition ("Japan, a U.S. treaty ally since 1951,") says its subject became what it names.
 */
export function eventClause(sentence: string, span: DateSpan, all: readonly DateSpan[]): string | null {
  const tokens = tagSentence(sentence);
  // Dates are left out of the clause; a year inside a name ("the 2020 Olympics Games") is kept.
  const drop: [number, number][] = all.filter((d) => !d.attributive || d === span).map((d) => [d.from, d.to]);
  const head = sentence.slice(0, span.from);
  if (span.preposition === 'since' && /\bfirst\b[^,;]*$/i.test(head)) return null;
  if (/\b(?:than|as)\s*$/i.test(head) || /\b(?:than|as)\s+(?:in|of|at)\s*$/i.test(head)) return null;

  // A date in a name: "the Agricultural Improvement Act of 2018", "the Appropriations Act, 2026".
  const named = /((?:[A-Z][\p{L}.’'-]*\s+(?:(?:of|and|for|on|the)\s+)*)*[A-Z][\p{L}.’'-]*)(?:\s+of|,)?\s*$/u.exec(head);
  if (named && (span.preposition === 'of' || (span.preposition === null && !span.attributive && /[A-Z][\p{L}]*,\s*$/u.test(head)))) {
    const name = named[1]!.replace(/^(?:The|A|An)\s+/, '');
    if (name.split(' ').length >= 2 && /^[A-Z]/.test(name)) return tidy(name);
  }

  if (span.attributive) {
    if (all.some((d) => !d.attributive)) return null;
    const after = tokens.filter((t) => t.start >= span.to);
    let end = span.to;
    let capitalsOnly = true;
    for (let i = 0; i < after.length; i++) {
      const t = after[i]!;
      const gap = sentence.slice(i === 0 ? span.to : after[i - 1]!.end, t.start);
      if (/[,;—()]/.test(gap)) break;
      if (t.text.toLowerCase() === 'of' && after[i + 1] && i > 0) {
        end = after[i + 1]!.end;
        i++;
        continue;
      }
      if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
      if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun'))) break;
      if (!/^[“"]?[A-Z]/.test(t.text)) capitalsOnly = false;
      end = t.end;
    }
    // "the 1994 Agreement", "the 2020 Olympics Games": the year is part of a name.
    if (capitalsOnly) return null;
    const np = textOf(sentence, span.to, end, drop);
    return np ? tidy(np) : null;
  }

  const parts = chunks(sentence, all);
  const ctx: Context = { sentence, tokens, parts, drop };
  const k = parts.findIndex((c) => span.from < c.to && span.to > c.from);
  if (k < 0) return null;
  const chunk = parts[k]!;
  const own = textOf(sentence, chunk.from, chunk.to, drop);

  // "in 1982 and 1995": a year joined to the date before it shares its event.
  const prev = all[all.indexOf(span) - 1];
  if (prev && span.preposition === null && /^\s*(?:and|or|,)\s*(?:,\s*and\s*)?$/.test(sentence.slice(prev.to, span.from))) return eventClause(sentence, prev, all);

  // "Japan, a U.S. treaty ally since 1951, …": the subject became what the apposition names.
  if (k > 0 && span.preposition === 'since' && /^(?:a|an|the)\s/i.test(own) && verbIndexIn(tokens, chunk) < 0) {
    const who = textOf(sentence, parts[k - 1]!.from, parts[k - 1]!.to, drop);
    if (who.split(' ').length <= 5) return tidy(`${who} became ${own}`);
  }

  // "…, dated September 5, 2025": the date of the thing named before.
  if (/^dated$/i.test(own) && k > 0) {
    const name = trailingName(sentence, tokens, parts, k);
    if (name) return tidy(name);
  }

  // A date after a noun of something happening dates that noun phrase.
  if (span.preposition && ['in', 'during', 'from', 'between', 'of', 'by'].includes(span.preposition)) {
    const at = happeningBefore(sentence, tokens, span.from);
    if (at !== null && at >= chunk.from) {
      const np = textOf(sentence, at, span.from, drop);
      const verbInside = tokens.some((t, i) => t.start >= at && t.end <= span.from && isFiniteVerb(tokens, i));
      if (np.split(' ').length >= 2 && !verbInside) return tidy(np);
    }
  }

  // A relative clause: "Shinzo Abe, who served …", "FY2021, which ended …", "…, which it repaid …".
  const rel = /^(who|which|that|whose)\s+(.*)$/i.exec(own);
  if (rel && k > 0) {
    const ts = tokens.filter((t) => t.start >= chunk.from && t.end <= chunk.to);
    if (ts[1] && !ts[1].tags.has('Verb')) {
      const words = rel[2]!.split(' ');
      if (PRONOUN_SUBJECT.test(words[0]!)) words[0] = mainSubject(ctx) ?? words[0]!;
      return tidy(cutRelative(words.join(' ')));
    }
    const antecedent = trailingName(sentence, tokens, parts, k) ?? mainSubject(ctx) ?? '';
    return tidy(`${antecedent} ${cutRelative(rel[2]!)}`);
  }
  // A relative clause inside the chunk: "…, a new export promotion program that runs through FY2028".
  const inner = /^(.*?)\s(that|which|who)\s+(.*)$/.exec(own);
  if (inner && /^(?:a|an)\s/i.test(inner[1]!) && k > 0) {
    const antecedent = trailingName(sentence, tokens, parts, k);
    if (antecedent) return tidy(`${antecedent} ${inner[3]}`);
  }

  // "with under 28,000 deaths … as of March 2022": what the subject had then.
  if (/^with\s/i.test(own)) {
    const verbless = !tokens.some((t) => t.start >= chunk.from && t.end <= chunk.to && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'));
    const subject = mainSubject(ctx);
    if (verbless && subject) return tidy(`${shortSubject(subject)} had ${own.slice(5)}`);
    if (!verbless) return tidy(own.slice(5));
  }

  // The chunk's own verb.
  const v = verbIndexIn(tokens, chunk);
  if (v >= 0) return tidy(clauseAt(ctx, k, v, k));

  // A fronted date ("In October, …", "Reportedly in 2023, …"): the main clause.
  const fronted = parts.slice(0, k).every((p) => isBracket(sentence, p) || verbIndexIn(tokens, p) < 0);
  if (fronted) {
    for (let j = k + 1; j < parts.length; j++) {
      const p = parts[j]!;
      const t = textOf(sentence, p.from, p.to, drop);
      if (isBracket(sentence, p) || !t || SUBORDINATE.test(t)) continue;
      const vj = verbIndexIn(tokens, p);
      if (vj >= 0) return tidy(clauseAt(ctx, j, vj, j));
      if (PREPOSITION_START.test(t)) continue;
      // A subject in its own chunk: "the United States, in coordination with …, has intervened".
      const later = parts.findIndex((q, i) => i > j && !isBracket(sentence, q) && verbIndexIn(tokens, q) >= 0);
      if (later > 0) {
        const vl = verbIndexIn(tokens, parts[later]!);
        return tidy(`${shortSubject(t)} ${cutRelative(textOf(sentence, tokens[vl]!.start, parts[later]!.to, drop))}`);
      }
    }
  }

  // "…, after decreasing by 4.5% in 2020", "…, managed to host … in summer 2021": a verb without a subject.
  const ts = tokens.filter((t) => t.start >= chunk.from && t.end <= chunk.to && !drop.some(([a, b]) => t.start >= a && t.end <= b));
  const lead = /^(?:and|but|or|then|after|before|while)\s+/i.exec(own);
  const first = lead ? ts[1] : ts[0];
  const subject = mainSubject(ctx);
  if (first && subject && first.tags.has('Verb') && !first.tags.has('Noun')) {
    const body = (lead ? own.slice(lead[0].length) : own).slice(first.text.length);
    const verb = first.tags.has('Gerund') ? pastTense(first.text) : first.text;
    return tidy(`${shortSubject(subject)} ${verb}${cutRelative(body)}`);
  }

  // The clause the date's chunk belongs to: the nearest chunk before it with a finite verb.
  for (let j = k - 1; j >= 0; j--) {
    const p = parts[j]!;
    if (isBracket(sentence, p)) continue;
    const t = textOf(sentence, p.from, p.to, drop);
    const vj = verbIndexIn(tokens, p);
    if (vj >= 0 && !SUBORDINATE.test(t)) return tidy(clauseAt(ctx, j, vj, j));
  }
  return own ? tidy(own) : null;
}
