/**
 * `ask`: the figure, name or date a question asks for, with the sentence that says it, or no
 * answer when the brief does not say. Pure: the knowledge base (and, for words the brief does
 * not use, the relation lookup) in, a result out.
 *
 * How: the question is read for the kind of answer it wants (question.ts). Glossary-like
 * questions are answered from the entities built into the knowledge base; the rest from spans
 * of the wanted kind (spans.ts) in the sentences the ranking puts first. Every candidate is
 * checked against the question: its content words (or their synonyms) must be in the evidence
 * sentence or the sentence before it in the paragraph — the share of them that is, weighted by
 * how rare each word is, is the candidate's coverage, and the confidence is built on it.
 */
import type { RelationLookup } from '../../kb/relations.js';
import type { Entity, KnowledgeBase, Sentence } from '../../kb/schema.js';
import { escapeRegExp } from '../../text/escape.js';
import { roleAt } from '../../text/roles.js';
import { tokenize, tokenSpans, type Token } from '../../text/tokens.js';
import type { GivenAnswer } from '../evaluate-ask.js';
import { CAPITALS, DEMONYMS, isStopWord } from '../../text/word-lists.js';
import { queryGroups, SYNONYM_WEIGHT, type WordGroup } from '../search/expand.js';
import { indexOf } from '../search/index.js';
import { searchAll } from '../search/rank.js';
import { readQuestion, type AnswerKind, type Question } from './question.js';
import { answerSpans, nameSpans, type Span } from './spans.js';
import { documentAnswer } from './document.js';

/** One answer: the span as the brief writes it, what it is, and the sentence that says it. */
export interface Answer {
  readonly answer: string;
  readonly kind: AnswerKind;
  readonly value: number | null;
  readonly unit: string | null;
  readonly start: string | null;
  readonly end: string | null;
  /** 0..1, calibrated on the evaluation (README, "Ask"). */
  readonly confidence: number;
  /** The sentence that says it; none for an answer from the document's metadata. */
  readonly evidence: readonly Sentence[];
  /** Where the answer stands in the first evidence sentence, to highlight; null when it is not written there as such. */
  readonly at: { readonly start: number; readonly end: number } | null;
}

export interface AskResult {
  readonly question: string;
  /** The best answer when its confidence clears ABSTAIN; null when the brief does not say. */
  readonly answer: Answer | null;
  /** Other answers at least ALSO × as confident as the best, different from it. */
  readonly others: readonly Answer[];
  /** The best candidate even when it did not clear the threshold (for evaluation and messages). */
  readonly best: Answer | null;
  /** The question's content words, for "closest: usjapan search …". */
  readonly words: readonly string[];
}

export interface AskOptions {
  readonly relations?: RelationLookup;
}

/**
 * Below this confidence `ask` says the brief does not say. Chosen on the dev half of the
 * evaluation only (scripts/eval-ask.ts prints the table it was read from).
 */
export const ABSTAIN = 0.4;
/** A runner-up this close to the best is shown too ("also: …"). */
export const ALSO = 0.8;
// A sentence holding less of the question than this is not read for answers.
const MIN_COVERAGE = 0.3;
// How much a candidate keeps per person or place the question names that its evidence does not.
const ABSENT_SUBJECT = 0.5;
// How much a candidate keeps per question word the brief has in no form.
const ABSENT_WORD = 0.6;
// What a question word found only in the sentence before counts.
const PREVIOUS = 0.6;

export function ask(kb: KnowledgeBase, text: string, options: AskOptions = {}): AskResult {
  const q = readQuestion(kb, text);
  const words = q.intent.typed.length ? q.intent.typed : q.intent.content;
  const candidates = q.kind === 'document' ? documentCandidates(kb, q) : [...entityCandidates(kb, q, options), ...sentenceCandidates(kb, q, options)];
  const ranked = mergeSame(candidates).sort((a, b) => b.confidence - a.confidence);
  const best = ranked[0] ?? null;
  if (!best || best.confidence < ABSTAIN) return { question: text, answer: null, others: [], best, words };
  // A runner-up that is the best answer written longer or shorter ("Kishida", "Fumio Kishida") is the same answer.
  const same = (a: string, b: string) => ` ${norm(a)} `.includes(` ${norm(b)} `) || ` ${norm(b)} `.includes(` ${norm(a)} `);
  const others = ranked.slice(1).filter((c) => c.confidence >= ALSO * best.confidence && c.confidence >= ABSTAIN && !same(c.answer, best.answer)).slice(0, 2);
  return { question: text, answer: best, others, best, words };
}

/** `ask` as the evaluation calls it (src/query/evaluate-ask.ts). */
export function askForEval(kb: KnowledgeBase, question: string, options: AskOptions = {}): GivenAnswer {
  const r = ask(kb, question, options);
  const a = r.answer;
  return a ? { answer: a.answer, confidence: a.confidence, evidence: a.evidence.map((s) => s.id) } : { answer: null, confidence: r.best?.confidence ?? 0, evidence: [] };
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9$%]+/g, ' ').trim();
}

/** The same answer from two sentences counts once, at its best. */
function mergeSame(cands: Answer[]): Answer[] {
  const byKey = new Map<string, Answer>();
  for (const c of cands) {
    const k = norm(c.answer);
    const had = byKey.get(k);
    if (!had || had.confidence < c.confidence) byKey.set(k, c);
  }
  return [...byKey.values()];
}

function documentCandidates(kb: KnowledgeBase, q: Question): Answer[] {
  const a = documentAnswer(kb, q.documentField!);
  return a ? [{ ...a, kind: 'document', value: null, unit: null, confidence: 0.99, evidence: [], at: null }] : [];
}

// ——— coverage: the question's words in the evidence ———

interface Coverage {
  /** 0..1: the rarity-weighted share of the question's words the sentence or the one before it holds. */
  readonly share: number;
  /** Per matched question word (or figure) found in the sentence itself: its weight and token positions. */
  readonly anchors: readonly { readonly weight: number; readonly positions: readonly number[] }[];
}

// Words that only say what kind of answer is wanted: never required in the evidence.
const ANSWER_WORDS = new Set(['rank', 'ranks', 'ranked', 'ranking', 'called', 'named', 'known', 'stand', 'stands', 'mean', 'means', 'abbreviation', 'short', 'long', 'happen', 'happened', 'person', 'people', 'name', 'among']);

function questionGroups(kb: KnowledgeBase, q: Question, relations: RelationLookup | undefined): WordGroup[] {
  const idx = indexOf(kb);
  return queryGroups(kb, q.intent, relations)
    .filter((g) => !ANSWER_WORDS.has(g.text.toLowerCase()))
    .map((g) => {
      // "American" is found where the brief writes "U.S.", "Japanese" or "Tokyo" where it writes "Japan".
      const word = g.text.toLowerCase();
      const country = (DEMONYMS[word] ?? CAPITALS[word])?.map((c) => c.split(' ').at(-1)!).map((w) => idx.stemOf(w) ?? w).filter((t) => idx.df.has(t)) ?? [];
      return country.length ? { ...g, forms: [...g.forms, ...country.map((term) => ({ term, weight: SYNONYM_WEIGHT, how: 'synonym' as const }))] } : g;
    });
}

function previousInParagraph(kb: KnowledgeBase, s: Sentence): Sentence | null {
  const i = kb.sentences.indexOf(s);
  const p = kb.sentences[i - 1];
  return p && p.sectionId === s.sectionId && p.paragraph === s.paragraph ? p : null;
}

/** The rarity-weighted share of the question's words the sentence or the one before it holds; the terms alone, no tokens. */
function share(kb: KnowledgeBase, q: Question, groups: readonly WordGroup[], s: Sentence): number {
  const idx = indexOf(kb);
  const own = idx.docs[kb.sentences.indexOf(s)]!.terms;
  const prev = previousInParagraph(kb, s);
  const before = prev ? idx.docs[kb.sentences.indexOf(prev)]!.terms : null;
  let got = 0;
  let all = 0;
  for (const g of groups) {
    all += g.importance;
    let w = 0;
    // The sentence before may hold what the question is about ("… invasion of Ukraine. Tokyo moved to ban …"), less surely than the sentence itself.
    for (const f of g.forms) w = Math.max(w, own.has(f.term) ? f.weight : before?.has(f.term) ? PREVIOUS * f.weight : 0);
    got += g.importance * w;
  }
  if (q.intent.figures.length) {
    // Years and figures the question names must be there too ("by March 2022", "in 2021").
    const mean = groups.length ? all / groups.length : 1;
    const terms = [own, before];
    for (const f of q.intent.figures) {
      const digits = f.text.replace(/[^\d.]/g, '');
      all += mean;
      if (digits && terms.some((t) => t?.has(digits))) got += mean;
    }
  }
  return all ? got / all : 0;
}

/** Where the question's words stand in the sentence, each with its weight (for nearness). */
function coverage(kb: KnowledgeBase, q: Question, groups: readonly WordGroup[], s: Sentence, tokens: readonly Token[], held: number): Coverage {
  const idx = indexOf(kb);
  const own = idx.docs[kb.sentences.indexOf(s)]!.terms;
  const anchors: { weight: number; positions: number[] }[] = [];
  const mean = groups.length ? groups.reduce((a, g) => a + g.importance, 0) / groups.length : 1;
  for (const g of groups) {
    let w = 0;
    const positions: number[] = [];
    for (const f of g.forms) {
      if (!own.has(f.term)) continue;
      w = Math.max(w, f.weight);
      tokens.forEach((t, k) => t.term === f.term && positions.push(k));
    }
    // The words the question is about weigh double in where the answer should stand.
    const focus = q.intent.focus.some((x) => g.forms.some((f) => f.how === 'exact' && f.term === (idx.stemOf(x) ?? x)));
    if (positions.length) anchors.push({ weight: g.importance * w * (focus ? 2 : 1), positions });
  }
  for (const f of q.intent.figures) {
    const digits = f.text.replace(/[^\d.]/g, '');
    const positions = tokens.flatMap((t, k) => (t.norm === digits ? [k] : []));
    if (digits && positions.length) anchors.push({ weight: mean, positions });
  }
  return { share: held, anchors };
}

/** 0..1: how near a span stands to the question's words in the sentence, each word weighing by its rarity. */
function nearness(tokens: readonly Token[], span: { start: number; end: number }, cov: Coverage): number {
  let sum = 0;
  let total = 0;
  for (const a of cov.anchors) {
    const d = distance(tokens, span, a.positions);
    total += a.weight;
    if (d < 99) sum += a.weight / (1 + Math.max(0, d - 1) / 3);
  }
  return total ? sum / total : 0;
}

/** Token distance from a span (character offsets) to the nearest of some token positions. */
function distance(tokens: readonly Token[], span: { start: number; end: number }, positions: readonly number[]): number {
  const inSpan = tokens.map((t, k) => (t.start < span.end && span.start < t.end ? k : -1)).filter((k) => k >= 0);
  if (inSpan.length === 0 || positions.length === 0) return 99;
  const lo = inSpan[0]!;
  const hi = inSpan.at(-1)!;
  let best = 99;
  for (const p of positions) {
    // A question word inside the answer ("largest economies") is as near as can be.
    best = Math.min(best, p < lo ? lo - p : p > hi ? p - hi : 1);
  }
  return best;
}

/** The confidence of a span answer: coverage first, then how near the span stands to what was asked, how well its kind fits, and the ranking. */
function confidenceOf(cov: number, near: number, fit: number, rel: number): number {
  const c = cov * (0.55 + 0.45 * near) * fit * (0.85 + 0.15 * rel);
  return Math.round(Math.min(1, c) * 1000) / 1000;
}

// ——— answers from spans in the ranked sentences ———

function sentenceCandidates(kb: KnowledgeBase, q: Question, options: AskOptions): Answer[] {
  const kinds = wantedSpanKinds(q);
  if (kinds.length === 0) return [];
  const idx = indexOf(kb);
  const groups = questionGroups(kb, q, options.relations);
  if (groups.length === 0 && q.intent.figures.length === 0) return [];
  // Every sentence is read (a brief has a few hundred): the ranking's score is one signal, not a gate.
  const scores = new Map(searchAll(kb, q.intent.query, { limit: kb.sentences.length, relations: options.relations }).hits.map((h) => [h.sentence.id, h.score]));
  // A question word the brief has in no form at all ("die" in a brief that never speaks of death) cannot be what a sentence says.
  const unknown = groups.filter((g) => g.forms.length === 0).length;
  const namedText = new Set(q.named.flatMap((e) => [e.term, ...(e.aliases ?? [])]).map(norm));
  const asked = ` ${q.norms.join(' ')} `;
  const out: Answer[] = [];
  for (const s of kb.sentences) {
    // Most sentences hold too little of the question: they are passed over before being read.
    const held = share(kb, q, groups, s);
    if (held < MIN_COVERAGE) continue;
    const tokens = tokenize(s.text, idx.stemOf);
    const cov = coverage(kb, q, groups, s, tokens, held);
    // A person or place the question names is what it is about: the evidence (or the sentence before) must name it too.
    const prev = previousInParagraph(kb, s);
    const absent = q.named.filter((e) => (e.kind === 'place' || e.kind === 'person') && !mentions(e, s) && !(prev && mentions(e, prev))).length;
    const subject = ABSENT_SUBJECT ** absent * ABSENT_WORD ** unknown;
    for (const span of spansFor(kb, q, s, kinds)) {
      // An answer the question already holds is not one ("what share … by March 2022").
      const key = tokenSpans(span.text).map((t) => t.norm).join(' ');
      if (key && (asked.includes(` ${key} `) || namedText.has(norm(span.text)))) continue;
      const fit = fitOf(q, span) * (q.kind === null ? headFit(tokens, span, groups) : 1);
      if (fit === 0) continue;
      out.push(answerOf(q, span, s, subject * confidenceOf(cov.share, nearness(tokens, span, cov), fit, scores.get(s.id) ?? 0)));
    }
  }
  return out;
}

type WantedKind = Span['kind'] | 'person' | 'place';

/** The role the question asks about; none when the role word is its verb ("who heads the faction"). */
function askedRole(q: Question): string | null {
  const role = q.intent.role;
  if (!role) return null;
  const first = role.split(' ')[0]!.replace(/s$/, '');
  return /^(?:who|which|what)$/.test(q.norms[0] ?? '') && (q.norms[1] ?? '').replace(/s$/, '') === first && q.norms[1] !== first ? null : role;
}

const QUESTION_START = /^(?:what|whats|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|will|would|should|tell|name|list|give)$/;

function wantedSpanKinds(q: Question): WantedKind[] {
  switch (q.kind) {
    case 'quantity':
      return q.howLong ? ['quantity', 'date'] : q.measure === 'any' ? ['quantity', 'rank'] : ['quantity'];
    case 'date':
      return ['date'];
    case 'rank':
      return ['rank'];
    case 'name':
      return ['name'];
    case 'person':
      return ['person'];
    case 'place':
      return ['place'];
    case null:
      // A phrase whose kind could not be read ("greenhouse gas reduction pledge", "what was the
      // death toll"): a figure that counts one of its words may answer it, less surely (headFit).
      return q.intent.content.length >= 2 && (!QUESTION_START.test(q.norms[0] ?? '') || /^(?:what|whats|which)$/.test(q.norms[0] ?? '')) ? ['quantity'] : [];
    default:
      return [];
  }
}

/**
 * For a phrase that asks nothing ("greenhouse gas reduction pledge"): a figure answers it only
 * when it counts one of its words ("under 28,000 deaths", "a 46% reduction"), not when it is a
 * share of one ("80% of its population").
 */
function headFit(tokens: readonly Token[], span: { start: number; end: number }, groups: readonly WordGroup[]): number {
  const next = tokens.find((t) => t.start >= span.end);
  return next && groups.some((g) => g.forms.some((f) => f.term === next.term)) ? 1 : 0;
}

/** 0..1: how well a span's kind fits the question; 0 rules it out. */
function fitOf(q: Question, span: Span & { preposition?: boolean; current?: boolean | null; roleFits?: boolean }): number {
  if (span.kind === 'quantity') {
    // "in dollars", "what percent": a unit the question names must be the figure's.
    if (q.intent.units.some((u) => /^(?:usd|dollars?|\$)$/.test(u)) && span.measure !== 'money') return 0;
    if (q.intent.units.some((u) => /^(?:percent|%|pct|percentage)$/.test(u)) && span.measure !== 'percent') return 0;
  }
  if (q.kind === 'person' && span.where === 'person' && span.roleFits === false) return 0.3;
  if (q.kind === 'person' && span.where === 'person' && q.intent.time && span.current !== undefined && span.current !== null) {
    // "who is …" wants a present holder, "who was the former …" a past one.
    if ((q.intent.time === 'current') !== span.current) return 0.3;
  }
  // A number written as a word ("three") does not answer a phrase that asks for nothing.
  if (q.kind === null) return span.kind === 'quantity' && !/^[a-z]+$/i.test(span.text) ? 0.75 : 0;
  if (q.kind === 'place' && span.where === 'place') return span.preposition ? 1 : 0.6;
  if (q.kind === 'quantity') {
    if (span.kind === 'rank') return /(?:low|high)$/.test(span.text) ? 0.9 : 0;
    if (span.kind === 'date') return q.howLong && span.shape === 'period' ? 1 : 0;
    if (q.howLong) return span.measure === 'duration' ? 1 : 0.3;
    const m = q.measure;
    if (m === 'count') return span.measure === 'count' ? 1 : 0;
    if (m === 'money') return span.measure === 'money' ? 1 : 0.3;
    // A share written as a fraction ("over half") answers "what percentage" less squarely than a percent.
    if (m === 'percent') return span.measure === 'percent' ? (/%|percent/i.test(span.text) ? 1 : 0.85) : 0;
    // "how much": a number written as a word ("one program") is seldom the amount asked for.
    if (span.measure === 'count' && /^[a-z]+$/i.test(span.text)) return 0.6;
    return span.measure === 'duration' ? 0.6 : 1;
  }
  if (q.kind === 'date') {
    if (q.intent.query.toLowerCase().includes('since when')) return span.shape === 'since' ? 1 : 0.8;
    return span.from ? 1 : 0.6;
  }
  return 1;
}

/** The spans of the kinds wanted in one sentence, people and places from the knowledge base's entities. */
function spansFor(kb: KnowledgeBase, q: Question, s: Sentence, kinds: readonly WantedKind[]): (Span & { preposition?: boolean })[] {
  const out: (Span & { preposition?: boolean })[] = answerSpans(s.text, kinds);
  if (kinds.includes('person')) out.push(...mentionSpans(kb, s, 'person', q));
  if (kinds.includes('place')) out.push(...placeLists(mentionSpans(kb, s, 'place', q), s.text));
  if (q.kind === 'name') {
    // A name used in one place ("Diaoyu in China") answers a question that names that place.
    const places = new Set(q.named.filter((e) => e.kind === 'place').map((e) => norm(e.term)));
    return out.filter((x) => x.kind !== 'name' || !x.where || places.size === 0 || places.has(norm(x.where)));
  }
  return out;
}

/**
 * Where the entities of one kind are written in a sentence (a person by the term, "Suga", before
 * an alias with a title, "Prime Minister Suga"); those the question names left out. A place
 * inside a longer name ("Japan" in "U.S. Forces Japan") or naming where a name is used ("known
 * as X in Japan") is not an answer to "where".
 */
function mentionSpans(kb: KnowledgeBase, s: Sentence, kind: 'person' | 'place', q: Question): (Span & { preposition?: boolean; current?: boolean | null; roleFits?: boolean })[] {
  const named = new Set(q.named.map((e) => e.id));
  const out: (Span & { preposition?: boolean; current?: boolean | null; roleFits?: boolean })[] = [];
  const longer = (kb.entities ?? []).filter((e) => e.kind !== kind).flatMap((e) => [e.term, ...(e.aliases ?? [])]).flatMap((n) => {
    const i = indexOfWord(s.text, n);
    return i >= 0 ? [{ start: i, end: i + n.length }] : [];
  });
  const namingPlaces = nameSpans(s.text).filter((n) => n.where);
  for (const e of kb.entities ?? []) {
    if (e.kind !== kind || named.has(e.id)) continue;
    if (!(e.mentions ?? []).includes(s.id) && e.sentenceId !== s.id) continue;
    const forms = nameForms(e);
    for (const f of forms) {
      const at = indexOfWord(s.text, f);
      if (at < 0) continue;
      const end = at + f.length;
      if (kind === 'place' && longer.some((l) => l.start <= at && end <= l.end && l.end - l.start > f.length)) break;
      if (kind === 'place' && namingPlaces.some((n) => s.text.slice(n.end, end).match(/^\s+in\s+$/) !== null || s.text.slice(n.end, at) === ' in ')) break;
      const preposition = /\b(?:in|at|to|near|from|into|across|against|on)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, at - 12), at));
      // A person who never held the role the question names ("defense minister") answers it poorly.
      const role = askedRole(q);
      const roleFits = kind !== 'person' || !role || !('roles' in e) ? undefined : (e.roles ?? []).some((r) => roleMatches(kb, r.role, role, q));
      out.push({ kind: 'name', text: f, start: at, end, where: kind, preposition, current: 'current' in e ? e.current : null, roleFits });
      break;
    }
  }
  // A place inside a longer one ("China" in "East China Sea") is not a mention of its own.
  return out.filter((x) => !out.some((y) => y !== x && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start));
}

/** How an entity may be written, the plain name first: the term, then aliases without a title ("Kishida" before "Prime Minister Kishida"). */
function nameForms(e: Entity): string[] {
  const aliases = [...(e.aliases ?? [])].sort((a, b) => b.length - a.length);
  const titled = (a: string) => roleAt(tokenSpans(a).map((t) => t.norm), 0) > 0;
  return [e.term, ...aliases.filter((a) => !titled(a)), ...aliases.filter(titled)];
}

function mentions(e: Entity, s: Sentence): boolean {
  return e.sentenceId === s.id || (e.mentions ?? []).includes(s.id);
}

function indexOfWord(text: string, word: string): number {
  const re = new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`);
  return re.exec(text)?.index ?? -1;
}

/** Places listed together ("Xinjiang and Hong Kong") answer together. */
function placeLists(places: (Span & { preposition?: boolean })[], text: string): (Span & { preposition?: boolean })[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const out: (Span & { preposition?: boolean })[] = [...sorted];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && /^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) j++;
    if (j > i) {
      const start = sorted[i]!.start;
      const end = sorted[j]!.end;
      out.push({ kind: 'name', text: text.slice(start, end), start, end, where: 'place', preposition: sorted[i]!.preposition ?? false });
    }
  }
  // A list stands for its members: a member alone is a weaker answer than the list.
  return out.filter((x) => !out.some((y) => y !== x && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start));
}

function answerOf(q: Question, span: Span & { preposition?: boolean }, s: Sentence, confidence: number): Answer {
  const kind: AnswerKind =
    span.kind === 'date' ? 'date' : span.kind === 'quantity' ? 'quantity' : span.kind === 'rank' ? 'rank' : span.where === 'person' ? 'person' : span.where === 'place' ? 'place' : 'name';
  let text = span.text;
  let start = span.from ?? null;
  let end = span.to ?? null;
  // A point asked of a period: "when did it end" is its last year, "what year did it start" its first.
  if (span.kind === 'date' && span.shape === 'period' && start && q.kind === 'date') {
    const ends = ENDING.test(q.norms.join(' '));
    if (ends && end) {
      text = end.slice(0, 4);
      start = end;
    } else if (q.wantsYear || STARTING.test(q.norms.join(' '))) {
      text = start.slice(0, 4);
      end = start;
    }
  }
  const at = text === span.text ? { start: span.start, end: span.end } : { start: s.text.indexOf(text, span.start), end: s.text.indexOf(text, span.start) + text.length };
  return { answer: text, kind, value: span.value ?? null, unit: span.unit ?? null, start, end, confidence, evidence: [s], at };
}

const ENDING = /\b(?:end|ends|ended|ending|leave|left|quit|stop|stopped|finish|finished|over|until|step|stepped|resign|resigned)\b/;
const STARTING = /\b(?:start|starts|started|begin|began|begun|take|took|become|became|join|joined|enter|entered|assume|assumed|first)\b/;

// ——— answers from the entities (definitions, names, people) ———

function entityCandidates(kb: KnowledgeBase, q: Question, options: AskOptions): Answer[] {
  const sentence = (id: string | null | undefined) => (id ? kb.sentences.find((s) => s.id === id) : undefined);
  const out: Answer[] = [];
  const push = (answer: string, kind: AnswerKind, evidenceId: string | null | undefined, confidence: number, extra: Partial<Answer> = {}) => {
    const s = sentence(evidenceId);
    if (!s || answer.length > 80) return;
    const i = indexOfWord(s.text, answer);
    out.push({ answer, kind, value: null, unit: null, start: null, end: null, confidence, evidence: [s], at: i >= 0 ? { start: i, end: i + answer.length } : null, ...extra });
  };
  const onlyNames = leftOver(q, q.named.slice(0, 1)).length === 0;
  if (q.kind === 'definition' || q.kind === 'name') {
    const e = q.named[0];
    if (e) {
      const short = isShortForm(q, e);
      if (q.kind === 'definition' || q.expansion) {
        // "what is the CPTPP", "what does LDP stand for": the long form or the description.
        if (e.definition && onlyNames && e.kind !== 'place' && e.kind !== 'organization') push(e.definition, 'definition', e.sentenceId, short || e.kind !== 'acronym' ? 0.95 : 0.7);
      } else if (!short && e.kind !== 'person') {
        // "what is the Quadrilateral Security Dialogue called": the short name.
        if (onlyNames) push(e.term, 'name', e.sentenceId, 0.95);
      }
    }
    if (e && q.otherName) {
      // "what is another name for X": the term when X is an alias, else its first other name.
      const used = [e.term, ...(e.aliases ?? [])].filter((n) => ` ${q.norms.join(' ')} `.includes(` ${tokenSpans(n).map((t) => t.norm).join(' ')} `));
      const other = [e.term, ...(e.aliases ?? [])].find((n) => !used.includes(n) && n !== e.definition);
      if (other) push(other, 'name', e.sentenceId, 0.9);
    }
    if (q.kind === 'name' && !q.expansion && !q.otherName) {
      // "what is Japan's legislature called": the entity whose description holds the question's words.
      const idx = indexOf(kb);
      const groups = questionGroups(kb, q, options.relations);
      for (const en of kb.entities ?? []) {
        if (!en.definition || en.kind === 'person' || q.named.includes(en)) continue;
        const terms = new Set(tokenize(en.definition, idx.stemOf).map((t) => t.term));
        const all = groups.reduce((a, g) => a + g.importance, 0);
        const got = groups.reduce((a, g) => a + g.importance * Math.max(0, ...g.forms.filter((f) => terms.has(f.term)).map((f) => f.weight)), 0);
        const share = all ? got / all : 0;
        if (share > 0) push(en.term, 'name', en.sentenceId, Math.round(0.95 * share ** 2 * 1000) / 1000);
      }
    }
  }
  if (q.kind === 'person') {
    const person = q.named.find((e) => e.kind === 'person');
    // "who was Abe": the full name the brief gives, with the sentence that says who it is.
    if (person && onlyNames) push(person.term, 'person', person.sentenceId, 0.9);
    const role = askedRole(q);
    if (role) {
      for (const e of kb.entities ?? []) {
        if (e.kind !== 'person' || q.named.includes(e)) continue;
        for (const r of e.roles ?? []) {
          if (!roleMatches(kb, r.role, role, q)) continue;
          const time = q.intent.time;
          const fits = time === 'former' ? (r.current === false ? 1 : r.current === null ? 0.6 : 0.2) : r.current === true ? 1 : r.current === null ? 0.7 : time === 'current' ? 0.2 : 0.5;
          // Words beyond the role ("of Japan" is settled by roleMatches) should be in the sentence that says it.
          const extra = leftOver(q, q.named.filter((x) => x.kind === 'place')).filter((w) => !role.split(' ').includes(w) && !r.role.toLowerCase().includes(w));
          const s = sentence(r.sentenceId);
          const s2 = s ? ` ${s.text.toLowerCase()} ` : '';
          const missing = extra.filter((w) => !s2.includes(w)).length;
          // Years the question gives ("from 2012 to 2020") must be the role's.
          const years = q.intent.figures.filter((f) => f.unit === 'year').map((f) => String(f.value));
          const period = [r.start, r.end].filter((x): x is string => Boolean(x)).map((x) => x.slice(0, 4));
          const yearsFit = years.length === 0 ? 1 : years.every((y) => period.includes(y) || s2.includes(y)) ? 1.05 : 0.3;
          const conf = Math.min(0.99, 0.95 * fits * yearsFit * 0.75 ** missing);
          const written = s ? (nameForms(e).find((f) => indexOfWord(s.text, f) >= 0) ?? e.term) : e.term;
          push(written, 'person', r.sentenceId, Math.round(conf * 1000) / 1000, { start: r.start ?? null, end: r.end ?? null });
        }
      }
    }
  }
  return out;
}

/** The role an entity held fits the role asked for ("prime minister" in "Japan Prime Minister"), and no other place than one the question names. */
function roleMatches(kb: KnowledgeBase, held: string, asked: string, q: Question): boolean {
  const h = ` ${tokenSpans(held).map((t) => t.norm.replace(/s$/, '')).join(' ')} `;
  const a = asked.split(' ').map((w) => w.replace(/s$/, ''));
  if (!h.includes(` ${a.join(' ')} `)) return false;
  // A word that narrows the role ("defense minister", "foreign minister") must narrow the held one too.
  const at = q.norms.findIndex((_, i) => a.every((x, k) => (q.norms[i + k] ?? '').replace(/s$/, '') === x));
  const before = at > 0 ? q.norms[at - 1]! : null;
  const isPlace = (w: string) => (kb.entities ?? []).some((e) => e.kind === 'place' && norm(e.term).split(' ').includes(w.replace(/s$/, '')));
  if (before && !isStopWord(before) && !/^(?:who|what|which|current|former|new|the|a|an|s)$/.test(before) && !isPlace(before) && !h.includes(` ${before.replace(/s$/, '')} `)) return false;
  // "South Korea's president" is not Japan's: a place the role names must be one the question names, if it names any.
  const asking = q.named.filter((e) => e.kind === 'place').map((e) => norm(e.term));
  if (asking.length === 0) return true;
  const heldPlaces = (kb.entities ?? []).filter((e) => e.kind === 'place' && h.includes(` ${norm(e.term)} `)).map((e) => norm(e.term));
  return heldPlaces.length === 0 ? !asking.some((p) => !isHome(kb, p)) : heldPlaces.some((p) => asking.includes(p));
}

/** The place the brief is mostly about (the most mentioned): a role with no place named is a role there. */
function isHome(kb: KnowledgeBase, place: string): boolean {
  const places = (kb.entities ?? []).filter((e) => e.kind === 'place');
  const top = places.reduce<Entity | null>((a, e) => ((e.mentions?.length ?? 0) > (a?.mentions?.length ?? -1) ? e : a), null);
  return top !== null && norm(top.term) === place;
}

/** The question's content words outside the given entities' names. */
function leftOver(q: Question, entities: readonly Entity[]): string[] {
  const names = new Set(entities.flatMap((e) => [e.term, ...(e.aliases ?? [])]).flatMap((n) => tokenSpans(n).map((t) => t.norm)));
  return q.intent.content.filter((w) => !names.has(w) && !names.has(w.replace(/s$/, '')) && !ANSWER_WORDS.has(w));
}

/** The question names the entity by its short form (an acronym, "LDP"). */
function isShortForm(q: Question, e: Entity): boolean {
  const key = tokenSpans(e.term).map((t) => t.norm).join(' ');
  return ` ${q.norms.join(' ')} `.includes(` ${key} `) && (e.kind === 'acronym' || /^[A-Z]{2,}/.test(e.term));
}

