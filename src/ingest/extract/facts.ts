import type { Fact } from '../../kb/schema.js';
import { findDateSpans, type DateSpan } from './date-spans.js';
import { findCandidates, type Candidate } from './fact-candidates.js';
import { labelContext, labelFor, type LabelContext } from './fact-label.js';

/** A figure of a sentence, typed and labelled, before it gets its ids. */
export interface RawFact {
  /** Its number among the sentence's candidate figures (1-based), so a dropped one does not renumber the rest. */
  readonly index: number;
  readonly value: number;
  readonly unit: Fact['unit'];
  readonly display: string;
  readonly qualifier: string | null;
  readonly label: string;
  readonly measure: Fact['measure'];
  readonly period: string | null;
  readonly asOf: string | null;
}

/** What the extractor knows beyond the sentence: the brief's date and the previous sentence's subject. */
export interface FactContext {
  readonly updated: string;
  readonly previousSubject: string | null;
}

const QUALIFIER = /(?:^|[\s(“"])(no less than|no more than|less than|more than|at least|up to|an estimated|estimated|approximately|around|roughly|about|nearly|almost|near|under|over|~)\s*$/i;
// A count that refers back to things already named: "the two countries", "Japan’s previous three", "both sides".
const REFERENCE_BEFORE = /(?:\b(?:the|these|those|its|their|his|her|our|previous|past|last|next|final|first|other|remaining|same)|[\p{L}.]+’s|[\p{L}.]+'s)\s+$/iu;
const PARTITIVE_AFTER = /^\s+of\s+(?:the|which|whom|these|those|its|their|them|us)\b/i;
const RISE = /^(?:increas|ris|rose|grow|grew|climb|jump|gain|expand|doubl|tripl|boost)/i;
const FALL = /^(?:decreas|fall|fell|declin|drop|shrink|shrank|contract|plummet|slip|slid|cut|reduc|lower)/i;
const INTENT = /\b(?:pledge[sd]?|goals?|targets?|aims?|aimed|seeks?|seeking|sought|commit(?:s|ted|ment)?|plans?\s+to|planned\s+to|intends?\s+to)\b/i;
const PER_YEAR = /\b(?:per\s+year|a\s+year|each\s+year|every\s+year|annually|yearly|per\s+annum)\b/i;
const PER_MONTH = /\b(?:per\s+month|a\s+month|each\s+month|monthly)\b/i;

/** Whether a count only refers back to things the text is about ("the two countries", "two of the …", "both governments"). */
function isReference(sentence: string, c: Candidate): boolean {
  if (c.form !== 'word' && c.form !== 'digits') return false;
  if (/^both$/i.test(sentence.slice(c.start, c.end))) return true;
  if (c.form === 'word' && REFERENCE_BEFORE.test(sentence.slice(0, c.start))) return true;
  // "The U.S. Space Force and the U.S. Air Force are two …": the number of things the subject just named.
  if (c.form === 'word' && /^[^,;]*\band\b[^,;]*\s(?:are|were)\s+$/i.test(sentence.slice(0, c.start))) return true;
  // "six months", "eight weeks": a span of time in units the figures do not have.
  if (/^\s+(?:days?|weeks?|months?|hours?)\b/i.test(sentence.slice(c.end))) return true;
  return PARTITIVE_AFTER.test(sentence.slice(c.end));
}

/** The chunk bounds (between commas, semicolons, dashes, brackets) around an offset. */
function clauseBounds(ctx: LabelContext, at: number): { from: number; to: number } {
  return ctx.parts.find((p) => at >= p.from && at < p.to) ?? { from: 0, to: ctx.sentence.length };
}

/** Signed change, target, share, rank, duration or level, and the value's sign. */
function measureOf(sentence: string, c: Candidate, qStart: number, bounds: { from: number; to: number }): { measure: Fact['measure']; sign: 1 | -1 } {
  if (c.unit === 'rank') return { measure: 'rank', sign: 1 };
  if (c.unit === 'years') return { measure: 'duration', sign: 1 };
  const before = sentence.slice(bounds.from, qStart);
  const after = sentence.slice(c.end, bounds.to);
  let change: 1 | -1 | 0 = 0;
  // "increased in 2021 by 1.7%", "after decreasing by 4.5%": a verb of change among the words before "by".
  if (/\bby\s+$/.test(before)) {
    const words = before.replace(/\s*by\s+$/, '').split(/\s+/).slice(-4).reverse();
    const verb = words.find((w) => RISE.test(w) || FALL.test(w));
    if (verb) change = RISE.test(verb) ? 1 : -1;
  }
  // "a 46% reduction", "a 3% increase".
  const noun = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
  if (/^(?:increase|rise|growth|gain|jump|expansion)s?$/i.test(noun)) change = 1;
  if (/^(?:reduction|decrease|decline|drop|cut|fall|contraction|loss)s?$/i.test(noun)) change = -1;
  // "123% more than", "600 (6%) more than".
  if (/^\s*(?:\([^)]*\)\s*)?(?:more|higher|greater|larger|above)\b/i.test(after)) change = 1;
  if (/^\s*(?:\([^)]*\)\s*)?(?:less|lower|fewer|smaller|below)\s+than\b/i.test(after)) change = -1;
  if (c.unit === 'percent' && /^\s*\)\s*(?:more|higher|greater|larger)\b/i.test(sentence.slice(c.end))) change = 1;
  const intent = INTENT.exec(sentence);
  if (intent && intent.index < c.start && (c.unit === 'percent' || change !== 0)) return { measure: 'target', sign: change === -1 ? -1 : 1 };
  if (change !== 0) return { measure: 'change', sign: change };
  return { measure: c.unit === 'percent' ? 'share' : 'level', sign: 1 };
}

/** "per year" or "per month" when the figure's clause states a rate. */
function periodOf(sentence: string, c: Candidate, bounds: { from: number; to: number }): string | null {
  if (c.unit !== 'USD' && c.unit !== 'count') return null;
  const clause = sentence.slice(bounds.from, bounds.to);
  const near = sentence.slice(c.end, Math.min(bounds.to, c.end + 60));
  if (PER_YEAR.test(near) || /\bannually\b/i.test(clause)) return 'per year';
  if (PER_MONTH.test(near)) return 'per month';
  return null;
}

/**
 * The date a sentence attaches to a figure: one in the figure's own clause, else an "as of" date,
 * else a fronted date ("In 2021, …"). Dates that bound a span ("through", "until", "since",
 * "from") and fiscal years (the year money is for) are not as-of dates; a target takes its "by".
 */
function asOfFor(sentence: string, c: Candidate, bounds: { from: number; to: number }, spans: readonly DateSpan[], measure: Fact['measure']): string | null {
  const usable = spans.filter((d) => !d.attributive && !/^FY/i.test(d.display) && !['through', 'until', 'since', 'from', 'between', 'over', 'during', 'before', 'after', 'starting in', 'beginning in', 'of'].includes(d.preposition ?? '') && !/^(?:the\s+)?(?:past|last|next|coming)\b/i.test(d.display));
  if (measure === 'target') {
    const by = usable.find((d) => d.preposition === 'by');
    if (by) return by.start;
  }
  // In its own clause: the first date after the figure, else the last before it.
  const inClause = usable.filter((d) => d.from >= bounds.from && d.to <= bounds.to);
  const pick = inClause.find((d) => d.from >= c.end) ?? inClause.filter((d) => d.to <= c.start).at(-1);
  if (pick) return pick.start;
  const asOf = usable.find((d) => d.preposition === 'as of');
  if (asOf) return asOf.start;
  const fronted = usable.find((d) => d.from < c.start && /^\s*(?:\p{L}+\s+)?(?:in|on|as of|by|at)?\s*$/iu.test(sentence.slice(0, d.from)) && /^\s*,/.test(sentence.slice(d.to)));
  return fronted ? fronted.start : null;
}

/**
 * Every figure of a sentence that a reader can use alone: typed (value in base units, unit,
 * measure, signed when it is a change, period, as-of date, the qualifier as written) and labelled
 * with what it measures. Identifiers and dates are not figures; counts that only refer back to
 * what the text is about ("the two countries", "both governments", "two of …") are left out.
 */
export function extractFacts(sentence: string, context: FactContext = { updated: '9999-12-31', previousSubject: null }): RawFact[] {
  const spans = findDateSpans(sentence, context.updated);
  const candidates = findCandidates(sentence, context.updated);
  const ctx = labelContext(sentence, context.previousSubject, spans);
  const out: RawFact[] = [];
  let previousLabel: string | null = null;
  candidates.forEach((c, i) => {
    if (isReference(sentence, c)) return;
    let q = QUALIFIER.exec(sentence.slice(0, c.start));
    // "carried out under two programs": before a word number, "under" and "over" are prepositions.
    if (q && c.form === 'word' && /^(?:under|over)$/i.test(q[1]!)) q = null;
    const qualifier = q ? q[1]!.toLowerCase() : null;
    const qStart = q ? c.start - q[0].length + q[0].indexOf(q[1]!) : c.start;
    const bounds = clauseBounds(ctx, c.start);
    const { measure, sign } = measureOf(sentence, c, qStart, bounds);
    // "$10 billion in 1989 and $20 billion in 1995": a figure that continues a list of the same figures.
    const prev = candidates[i - 1];
    const gap = prev ? sentence.slice(prev.end, qStart).replace(/\b(?:in|by|on)\s+(?:\p{L}+\s+)?\d{4}\b/gu, '') : '';
    const continues = prev && prev.unit === c.unit && previousLabel !== null && /^\s*(?:,\s*)?(?:and|or)?\s*$/.test(gap);
    const label = continues ? previousLabel! : labelFor(ctx, c, qStart, previousLabel);
    previousLabel = label;
    out.push({
      index: i + 1,
      value: sign * c.value,
      unit: c.unit,
      display: sentence.slice(qStart, c.end).trim(),
      qualifier,
      label,
      measure,
      period: periodOf(sentence, c, bounds),
      asOf: asOfFor(sentence, c, bounds, spans, measure),
    });
  });
  return out;
}
