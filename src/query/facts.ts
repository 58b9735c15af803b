import type { RelationLookup } from '../kb/relations.js';
import type { Fact, KnowledgeBase } from '../kb/schema.js';
import { sameValue } from '../text/numbers.js';
import { tokenSpans, termOf } from '../text/tokens.js';
import { queryGroups, idfOf, type Form } from './search/expand.js';
import { analyzeQuery } from './search/intent.js';
import { unitFits } from './search/rank.js';
import { indexOf } from './search/index.js';
import { viewOf, type ViewToken } from './search/sentence-view.js';

/** A fact with its sentence and section, as commands print it. */
export interface FactView {
  readonly id: string;
  readonly value: number;
  readonly unit: Fact['unit'];
  readonly display: string;
  readonly qualifier: string | null;
  readonly label: string;
  readonly measure: Fact['measure'];
  readonly period: string | null;
  readonly asOf: string | null;
  readonly alsoIn: string[];
  readonly sentence: string;
  readonly sentenceId: string;
  readonly sectionId: string;
  readonly section: string;
  readonly page: number;
}

/** Joins a fact to its sentence and section. */
export function viewFact(kb: KnowledgeBase, f: Fact): FactView {
  const s = kb.sentences.find((x) => x.id === f.sentenceId)!;
  const sec = kb.sections.find((x) => x.id === s.sectionId)!;
  return { ...f, sentence: s.text, sectionId: sec.id, section: sec.title, page: s.page };
}

export interface FactOptions {
  readonly sectionId?: string;
  readonly limit?: number;
  /** Where words the brief does not use lead; asked only for such words. */
  readonly relations?: RelationLookup;
}

// A word in a fact's label says what the figure measures; in its sentence, less, and less again
// when it stands away from the figure.
const IN_LABEL = 1;
const NEAR_FIGURE = 0.7;
const IN_SENTENCE = 0.4;
const NEAR = 6;

/**
 * Facts, in document order without a query; with one, ranked by the rules search uses: any
 * query word counts (by itself, a typo correction, a synonym or a related word), figures match
 * by value however written ("6450000", "54 000", "two billion"), and unit words by unit or scale
 * ("percent", "%", "usd", "dollars", "$", "billion"). Ties keep document order.
 */
export function findFacts(kb: KnowledgeBase, query: string, options: FactOptions = {}): FactView[] {
  const views = kb.facts.map((f) => viewFact(kb, f)).filter((v) => !options.sectionId || v.sectionId === options.sectionId);
  if (query.trim() === '') return views.slice(0, options.limit);
  const intent = analyzeQuery(query);
  const words = queryGroups(kb, intent, options.relations);
  if (words.length + intent.figures.length + intent.units.length === 0) return views.slice(0, options.limit);
  const sentences = new Map(kb.sentences.map((s) => [s.id, s]));
  const { stemOf } = indexOf(kb);
  const ranked: { v: FactView; rel: number; i: number }[] = [];
  views.forEach((v, i) => {
    const sentence = sentences.get(v.sentenceId)!;
    const view = viewOf(kb, sentence);
    const at = view.figures.find((f) => sameValue(f.value, v.value) || Array.from({ length: f.end - f.start }, (_, k) => view.raw(f.start + k)).some((raw) => v.display.includes(raw)));
    const label = new Set(tokenSpans(v.label).map((t) => termOf(t.norm, stemOf)));
    let rel = 0;
    for (const g of words) {
      let best = 0;
      for (const f of g.forms) best = Math.max(best, formScore(f, label, view.tokens, at ? [at.start, at.end] : null));
      rel += g.importance * best;
    }
    for (const f of intent.figures) {
      const fits = sameValue(f.value, v.value) && (!f.unitGiven || sameUnit(f.unit, v.unit) || (f.unit === 'count' && v.unit !== 'USD'));
      if (fits) rel += idfOf(kb, Math.max(1, kb.facts.filter((x) => sameValue(x.value, f.value)).length));
    }
    for (const u of intent.units) {
      const fits = at
        ? unitFits({ kind: 'unit', text: u, importance: 0, unit: unitOf(u), scale: null }, at, view.tokens)
        : unitOf(u) !== null && sameUnit(unitOf(u)!, v.unit);
      if (fits) rel += idfOf(kb, Math.max(1, kb.facts.filter((x) => unitOf(u) === null || sameUnit(unitOf(u)!, x.unit)).length));
    }
    if (rel > 0) ranked.push({ v, rel, i });
  });
  ranked.sort((a, b) => b.rel - a.rel || a.i - b.i);
  return ranked.slice(0, options.limit).map((r) => r.v);
}

function formScore(f: Form, label: ReadonlySet<string>, tokens: readonly ViewToken[], at: [number, number] | null): number {
  if (label.has(f.term)) return f.weight * IN_LABEL;
  let best = 0;
  tokens.forEach((t, k) => {
    if (t.term !== f.term || t.stop) return;
    const near = at !== null && (k < at[0] ? at[0] - k : k - at[1] + 1) <= NEAR;
    best = Math.max(best, f.weight * (near ? NEAR_FIGURE : IN_SENTENCE));
  });
  return best;
}

function unitOf(word: string): 'USD' | 'percent' | null {
  if (/^(?:%|percent|pct|percentage)$/.test(word)) return 'percent';
  if (/^(?:\$|usd|dollars?)$/.test(word)) return 'USD';
  return null;
}

function sameUnit(a: string, b: string): boolean {
  return a === b;
}
