import type { RelationLookup } from '../../kb/relations.js';
import type { KnowledgeBase, Sentence } from '../../kb/schema.js';
import { sameValue, unitWord, type FigureSpan } from '../../text/numbers.js';
import { roleAt } from '../../text/roles.js';
import { termOf } from '../../text/tokens.js';
import { CURRENT_CUES, FORMER_CUES } from '../../text/word-lists.js';
import { documentCard, type AnswerCard } from './card.js';
import { idfOf, queryGroups, SYNONYM_WEIGHT, type Form, type Group, type MatchHow } from './expand.js';
import { indexOf, type Doc } from './index.js';
import { analyzeQuery, type Intent } from './intent.js';
import { viewOfDoc, type SentenceView, type ViewToken } from './sentence-view.js';

/** A query word a hit matched by something other than itself. */
export interface Correction {
  /** The query word as typed. */
  readonly from: string;
  /** The sentence's word it matched, as written there. */
  readonly to: string;
  readonly how: Exclude<MatchHow, 'exact'>;
}

/** One ranked answer. */
export interface SearchHit {
  readonly sentence: Sentence;
  readonly rank: number;
  /** 0..1: the hit's relevance ÷ that of an ideal sentence for this query (README, "Search"). */
  readonly score: number;
  /** Words of the sentence that matched, as written there. */
  readonly matches: string[];
  readonly corrections: Correction[];
}

/** A search's whole result: the hits, an answer card, and what the reader should be told. */
export interface SearchResult {
  readonly hits: SearchHit[];
  /** An answer from the document's metadata ("who wrote this report"); null when none. */
  readonly card: AnswerCard | null;
  readonly intent: Intent;
  /** Query words no sentence matched in any form. */
  readonly unmatched: string[];
  /** A quoted phrase no sentence holds, and how many sentences the query finds without quotes. */
  readonly phraseMiss: { readonly phrase: string; readonly withoutQuotes: number } | null;
}

export interface SearchOptions {
  readonly limit?: number;
  readonly sectionId?: string;
  /** Where words the brief does not use lead (src/kb/relations.ts); asked only for such words. */
  readonly relations?: RelationLookup;
  /** How much less a form to a common brief term counts (expand.ts RARITY); for evaluating the choice. */
  readonly rarity?: number;
}

// How much a word's own evidence (head of its phrase, repeats, a figure beside it) moves its
// match: kept below 1 − SYNONYM_WEIGHT so a synonym never outscores the word itself.
const LOCAL = 0.2;
// Shares of the ideal added by sentence-level signals, when the query can use them.
const PROXIMITY = 0.2;
const ANSWER = 0.5;
const TIME = 0.3;
// A question about the document itself is answered by its metadata: no sentence can reach half.
const DOCUMENT_ANSWER = 1;
// Tokens between a word and a figure or name that still count as "beside" it.
const NEAR = 6;

/** Ranks the sentences for a query; see README "Search" for the formula. */
export function search(kb: KnowledgeBase, query: string, options: SearchOptions = {}): SearchHit[] {
  return searchAll(kb, query, options).hits;
}

/**
 * Ranks the sentences for a query. Each query word, figure or quoted phrase is a group with an
 * importance (its idf); a sentence matches a group by its best form (the word itself, a typo
 * correction, a synonym or a related word, each weighing less), refined by whether the word heads
 * its phrase, repeats, and stands beside a figure. Sentence-level signals follow what the
 * question asks: the query's words close together, the kind of answer it wants, a current holder
 * of a role over a former one. The score divides by the relevance of an ideal sentence.
 */
export function searchAll(kb: KnowledgeBase, query: string, options: SearchOptions = {}): SearchResult {
  const intent = analyzeQuery(query);
  const idx = indexOf(kb);
  const groups: Group[] = [
    ...queryGroups(kb, intent, options.relations, options.rarity),
    ...intent.figures.map((figure) => ({ kind: 'figure' as const, text: figure.text, importance: figureIdf(kb, figure.value), figure })),
    ...intent.phrases.map((p) => ({ kind: 'phrase' as const, text: p, importance: phraseIdf(kb, p), terms: p.split(' ').map((w) => termOf(w, idx.stemOf)) })),
    ...unitGroups(kb, intent.units),
  ];
  const card = intent.type === 'document' ? documentCard(kb) : null;
  const empty = { hits: [], card, intent, unmatched: groups.map((g) => g.text), phraseMiss: null };
  if (groups.length === 0) return empty;

  const W = groups.reduce((a, g) => a + g.importance, 0);
  const answerShare = intent.type === 'document' ? DOCUMENT_ANSWER : intent.type ? ANSWER : 0;
  const timeShare = intent.role && intent.time ? TIME : 0;
  const proximityShare = groups.length > 1 ? PROXIMITY : 0;
  const ideal = W * (1 + proximityShare + answerShare + timeShare);
  const focusTerms = new Set(intent.focus.map((w) => termOf(w, idx.stemOf)));
  const names = intent.type === 'person' ? idx.names : null;

  const scored: { doc: Doc; i: number; rel: number; matched: Match[] }[] = [];
  idx.docs.forEach((doc, i) => {
    if (options.sectionId && doc.sentence.sectionId !== options.sectionId) return;
    if (!groups.some((g) => g.kind !== 'word' || g.forms.some((f) => doc.terms.has(f.term)))) return;
    const view = viewOfDoc(kb, doc);
    const matched: Match[] = [];
    let rel = 0;
    for (const g of groups) {
      const m = matchGroup(g, doc, view);
      if (!m) continue;
      matched.push(m);
      rel += g.importance * m.strength;
    }
    if (matched.length === 0) return;
    const positions = matched.flatMap((m) => m.positions);
    for (const t of focusTerms) view.tokens.forEach((tok, k) => tok.term === t && positions.push(k));
    if (proximityShare) rel += W * proximityShare * proximity(matched);
    if (answerShare && intent.type !== 'document') rel += W * answerShare * answerPresence(intent, view, positions, names, focusTerms);
    if (timeShare) rel += W * timeShare * currency(intent, view);
    scored.push({ doc, i, rel, matched });
  });

  const phraseGroups = groups.filter((g) => g.kind === 'phrase');
  const missing = phraseGroups.find((g) => !scored.some((s) => s.matched.some((m) => m.group === g)));
  if (missing) {
    const unquoted = searchAll(kb, query.replace(/["“”]/g, ' '), { ...options, limit: 1000 }).hits.length;
    return { ...empty, unmatched: [], phraseMiss: { phrase: missing.text, withoutQuotes: unquoted } };
  }
  // Every quoted phrase must be there; other words may be missing.
  const kept = scored.filter((s) => phraseGroups.every((g) => s.matched.some((m) => m.group === g)));
  kept.sort((a, b) => b.rel - a.rel || a.i - b.i);
  const hits = kept.slice(0, options.limit ?? 5).map((s, k) => ({
    sentence: s.doc.sentence,
    rank: k + 1,
    score: Math.round(Math.min(1, s.rel / ideal) * 1000) / 1000,
    matches: [...new Set(s.matched.flatMap((m) => m.written().surface))],
    corrections: s.matched.flatMap((m) => m.written().correction ?? []),
  }));
  const unmatched = groups.filter((g) => !kept.some((s) => s.matched.some((m) => m.group === g))).map((g) => g.text);
  return { hits, card, intent, unmatched, phraseMiss: null };
}

/** How one sentence matches one group. */
interface Match {
  readonly group: Group;
  /** 0..1: the form's weight, refined by the word's local evidence. */
  readonly strength: number;
  /** Token positions of the match (none for a match in the section title only). */
  readonly positions: number[];
  /** The matched words as written, and what the match corrected: asked for only for the hits shown. */
  readonly written: () => { surface: string[]; correction: Correction | null };
}

function matchGroup(g: Group, doc: Doc, view: SentenceView): Match | null {
  if (g.kind === 'unit') {
    const f = view.figures.find((x) => unitFits(g, x, view.tokens));
    if (!f) return null;
    const literal = view.norms.slice(f.start, f.end).includes(g.text);
    return {
      group: g,
      strength: 1,
      positions: range(f.start, f.end),
      written: () => {
        const written = range(f.start, f.end).map((k) => view.raw(k));
        return { surface: written, correction: literal ? null : { from: g.text, to: written.join(' ').replace(/^\$ /, '$').replace(/ %$/, '%'), how: 'number' } };
      },
    };
  }
  if (g.kind === 'figure') {
    const f = view.figures.find((x) => sameValue(x.value, g.figure.value) && (!g.figure.unitGiven || x.unit === g.figure.unit || (g.figure.unit === 'count' && x.unit === 'year')));
    if (!f) return null;
    const same = view.norms.slice(f.start, f.end).some((n) => /^\d/.test(n) && g.figure.text.replace(/[^\d.]/g, '') === n.replace(/[^\d.]/g, ''));
    return {
      group: g,
      strength: 1,
      positions: range(f.start, f.end),
      written: () => {
        const written = range(f.start, f.end).map((k) => view.raw(k));
        return { surface: written.filter((r) => /\d/.test(r)), correction: same ? null : { from: g.text, to: written.join(' '), how: 'number' } };
      },
    };
  }
  if (g.kind === 'phrase') {
    const n = g.terms.length;
    for (let i = 0; i + n <= view.tokens.length; i++) {
      if (g.terms.every((t, k) => view.tokens[i + k]!.term === t)) {
        return { group: g, strength: 1, positions: range(i, i + n), written: () => ({ surface: range(i, i + n).map((k) => view.raw(k)), correction: null }) };
      }
    }
    return null;
  }
  let best: Match | null = null;
  // Other terms the word leads to, when it is not matched as itself: "grain" in a sentence that
  // lists corn, wheat and rice says more than one that names one of them.
  let missing = 1;
  const more: number[] = [];
  for (const form of g.forms) {
    if (!doc.terms.has(form.term)) continue;
    const positions: number[] = [];
    view.tokens.forEach((t, k) => t.term === form.term && !t.stop && positions.push(k));
    const strength = positions.length ? form.weight * (1 - LOCAL + LOCAL * localEvidence(view, positions)) : form.weight * (1 - LOCAL);
    if (form.how === 'synonym' || form.how === 'related') {
      missing *= 1 - strength;
      more.push(...positions);
    }
    if (!best || strength > best.strength) {
      best = { group: g, strength, positions, written: () => ({ surface: positions.map((k) => surfaceOf(view, k)), correction: correctionOf(g.text, form, view, positions) }) };
    }
  }
  if (best && best.strength < SYNONYM_WEIGHT && 1 - missing > best.strength) {
    // Together they stay below the word itself (an exact match is at least 1 − LOCAL).
    const { written } = best;
    best = { group: g, strength: Math.min(SYNONYM_WEIGHT, 1 - missing), positions: [...new Set([...best.positions, ...more])].sort((a, b) => a - b), written };
  }
  return best;
}

function surfaceOf(view: SentenceView, k: number): string {
  return view.raw(k).replace(/[’']s$/i, '');
}

function correctionOf(from: string, form: Form, view: SentenceView, positions: number[]): Correction | null {
  if (form.how === 'exact' || form.how === 'number') return null;
  const to = positions.length ? surfaceOf(view, positions[0]!) : (form.corrected ?? form.term);
  return { from, to, how: form.how };
}

/**
 * A word's own evidence in a sentence, 0..1: it heads its noun phrase (not a possessive, a
 * hyphenated modifier or the first part of a name), it repeats (saturating fast), and a figure
 * stands beside it — a sentence that states a figure about the word says more than one that
 * only repeats it.
 */
function localEvidence(view: SentenceView, positions: number[]): number {
  const head = positions.some((k) => isHead(view, k)) ? 1 : 0;
  const tf = positions.length;
  const repeats = (tf / (tf + 0.5) - 2 / 3) * 3; // 0 for one mention, → 1 for many
  const figure = view.figures.some((f) => f.unit !== 'year' && positions.some((k) => distance(f, k) <= NEAR)) ? 1 : 0;
  return 0.5 * head + 0.2 * repeats + 0.3 * figure;
}

/**
 * The word heads its phrase: not a possessive ("Japan’s security"), not part of a hyphenated
 * compound ("U.S.-Japan alliance", "Japan-administered"), not the first word of a capitalized
 * name ("Japan Prime Minister").
 */
function isHead(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (t.possessive) return false;
  if (next?.before === 'hyphen' || t.before === 'hyphen') return false;
  if (t.cap && next && next.cap && !next.stop && next.before === 'space') return false;
  return true;
}

function distance(f: FigureSpan, k: number): number {
  return k < f.start ? f.start - k : k >= f.end ? k - f.end + 1 : 0;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/** 0..1: how close the matched groups stand (1 when side by side, less as the window widens). */
function proximity(matched: readonly Match[]): number {
  const lists = matched.map((m) => m.positions).filter((p) => p.length > 0);
  if (lists.length < 2) return 0;
  // The narrowest window holding one position of each matched group.
  const all = lists.flatMap((p, g) => p.map((k) => [k, g] as const)).sort((a, b) => a[0] - b[0]);
  const count = new Map<number, number>();
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < all.length; hi++) {
    count.set(all[hi]![1], (count.get(all[hi]![1]) ?? 0) + 1);
    while (count.size === lists.length) {
      best = Math.min(best, all[hi]![0] - all[lo]![0] + 1);
      const g = all[lo]![1];
      count.set(g, count.get(g)! - 1);
      if (count.get(g) === 0) count.delete(g);
      lo++;
    }
  }
  const coverage = lists.length / matched.length;
  return coverage * Math.min(1, (lists.length - 1) / Math.max(1, best - 1));
}

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|smallest|highest|lowest|top|leading|most|least)$/;
const REASON = new Set(['because', 'due', 'since', 'given', 'amid', 'owing', 'result', 'reason', 'reasons', 'light', 'fear', 'concern', 'concerns', 'over']);
const NAMING = new Set(['called', 'known', 'named', 'dubbed', 'termed']);
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** 0..1: the sentence holds the kind of answer the question asks for, near what it asks about. */
function answerPresence(intent: Intent, view: SentenceView, positions: number[], names: ReadonlySet<string> | null, focusTerms: ReadonlySet<string>): number {
  const { tokens, figures } = view;
  const near = (k: number) => positions.some((p) => Math.abs(p - k) <= NEAR);
  switch (intent.type) {
    case 'quantity': {
      let best = 0;
      for (const f of figures) {
        if (f.unit === 'year') continue;
        const kind = intent.quantity;
        const fits = kind === 'any' || (kind === 'count' && f.unit === 'count') || (kind === 'money' && f.unit === 'USD') || (kind === 'percent' && f.unit === 'percent');
        const close = positions.some((k) => distance(f, k) <= NEAR);
        best = Math.max(best, 0.4 + 0.3 * (close ? 1 : 0) + 0.3 * (fits ? 1 : 0));
      }
      return best;
    }
    case 'date': {
      let best = 0;
      for (const f of figures) if (f.unit === 'year') best = Math.max(best, 0.5 + 0.5 * (positions.some((k) => distance(f, k) <= NEAR) ? 1 : 0));
      tokens.forEach((t, k) => MONTH.test(t.norm) && (best = Math.max(best, near(k) ? 1 : 0.5)));
      return best;
    }
    case 'person': {
      if (!names) return 0;
      let best = 0;
      tokens.forEach((t, k) => {
        if (!names.has(t.norm) || !t.cap) return;
        // A name beside a role: "Prime Minister Kishida", "Abe, who served as premier".
        let roleNear = false;
        for (let j = Math.max(0, k - 4); j <= Math.min(tokens.length - 1, k + 6); j++) if (roleAt(view.norms, j) > 0) roleNear = true;
        const asked = focusTerms.has(t.term) || near(k);
        best = Math.max(best, 0.4 + 0.3 * (roleNear ? 1 : 0) + 0.3 * (asked ? 1 : 0));
      });
      return best;
    }
    case 'place':
      return tokens.some((t, k) => t.cap && k > 0 && /^(?:in|at|from|to|near|across)$/.test(tokens[k - 1]!.norm) && !(names?.has(t.norm) ?? false)) ? 1 : 0;
    case 'definition':
      return positions.some((k) => {
        const after = tokens.slice(k + 1, k + 3).map((t) => t.norm);
        const before = tokens.slice(Math.max(0, k - 2), k).map((t) => t.norm);
        return after.some((w) => /^(?:is|are|was|were|means|refers)$/.test(w) || NAMING.has(w)) || before.some((w) => NAMING.has(w) || w === 'as');
      })
        ? 1
        : 0;
    case 'name':
      return tokens.some((t) => NAMING.has(t.norm)) ? 1 : 0;
    case 'rank':
      return tokens.some((t) => ORDINAL.test(t.norm)) || figures.some((f) => f.unit === 'count' && tokens[f.end]?.norm === 'largest') ? 1 : 0;
    case 'reason':
      return tokens.some((t) => REASON.has(t.norm)) ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * 0..1: the sentence names the holder of the asked role as the present one (1), says nothing of
 * time (0.5), or names a former holder (0); the other way round when a former one is asked for.
 */
function currency(intent: Intent, view: SentenceView): number {
  const { norms } = view;
  let found: number | null = null;
  for (let k = 0; k < norms.length; k++) {
    if (roleAt(norms, k) === 0) continue;
    const before = norms.slice(Math.max(0, k - 3), k);
    const now = before.some((w) => CURRENT_CUES.has(w));
    const then = before.some((w) => FORMER_CUES.has(w));
    const v = now ? 1 : then ? 0 : 0.5;
    found = found === null ? v : Math.max(found, v);
  }
  if (found === null) return 0;
  return intent.time === 'former' ? 1 - found : found;
}

/** A figure is of the unit ("percent", "$") or the scale ("billion") a unit word names. */
export function unitFits(g: Extract<Group, { kind: 'unit' }>, f: FigureSpan, tokens: readonly Pick<ViewToken, 'norm'>[]): boolean {
  if (g.unit) return f.unit === g.unit;
  return tokens.slice(f.start, f.end).some((t) => t.norm === g.text);
}

/** The groups of unit words standing alone: a sentence matches one by a figure of that unit or scale. */
function unitGroups(kb: KnowledgeBase, units: readonly string[]): Group[] {
  const out: Group[] = [];
  for (const text of new Set(units)) {
    const u = unitWord(text);
    if (!u) continue;
    const g = { kind: 'unit' as const, text, importance: 0, unit: 'unit' in u ? u.unit : null, scale: 'scale' in u ? u.scale : null };
    const df = indexOf(kb).docs.filter((d) => {
      const v = viewOfDoc(kb, d);
      return v.figures.some((f) => unitFits(g, f, v.tokens));
    }).length;
    out.push({ ...g, importance: idfOf(kb, Math.max(1, df)) });
  }
  return out;
}

/** idf of a figure: how many sentences state the same value. */
function figureIdf(kb: KnowledgeBase, value: number): number {
  const df = indexOf(kb).docs.filter((d) => viewOfDoc(kb, d).figures.some((f) => sameValue(f.value, value))).length;
  return idfOf(kb, Math.max(1, df));
}

/** idf of a phrase: that of its rarest word. */
function phraseIdf(kb: KnowledgeBase, phrase: string): number {
  const idx = indexOf(kb);
  const dfs = phrase.split(' ').map((w) => idx.df.get(termOf(w, idx.stemOf)) ?? 0).filter((n) => n > 0);
  return idfOf(kb, dfs.length ? Math.min(...dfs) : 1);
}
