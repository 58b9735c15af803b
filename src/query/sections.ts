import Fuse from 'fuse.js';
import type { RelationLookup } from '../kb/relations.js';
import type { Fact, KnowledgeBase, Section, Sentence } from '../kb/schema.js';
import { queryGroups } from './search/expand.js';
import { indexOf } from './search/index.js';
import { analyzeQuery } from './search/intent.js';
import { searchAll } from './search/rank.js';
import { termOf, tokenSpans } from '../text/tokens.js';

/** A section chosen for a name: by its number, its title, or the text that discusses the words most. */
export type SectionMatch =
  | { kind: 'found'; section: Section; alternatives: Section[]; by: 'number' | 'title' | 'text' }
  | { kind: 'out-of-range'; count: number }
  | { kind: 'not-found'; suggestions: string[] };

// A section's text score is its hits' summed scores divided by its sentence count to this power:
// between the most mentions (0) and the highest share of its sentences (1).
const LENGTH_POWER = 0.5;
// How much a title that says what the query says counts against the text (whose best is 1): a
// title match of the query's words as themselves outweighs any text.
const TITLE_WEIGHT = 2;
// Sections scoring this close to the best are named as alternatives.
const TIE = 0.8;

/**
 * Finds a section by its number, its id or title, or the query's words: each section is scored
 * by how much of the query its title says (the query's words as themselves, or by their
 * synonyms, related words, typo corrections or an acronym the title spells out, weighed as search
 * weighs them) and by how much its text discusses them (the section whose sentences match best,
 * for its length), the title counting more. A name that matches no title nor text falls back to
 * fuzzy title matching.
 */
export function matchSection(kb: KnowledgeBase, name: string, relations?: RelationLookup): SectionMatch {
  const q = name.trim().toLowerCase();
  if (q === '') return { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
  // "section 2" is the second row `sections` prints.
  if (/^\d+$/.test(q)) {
    const n = Number(q);
    const section = kb.sections[n - 1];
    return section ? { kind: 'found', section, alternatives: [], by: 'number' } : { kind: 'out-of-range', count: kb.sections.length };
  }
  const exact = kb.sections.find((s) => s.id === q || s.title.toLowerCase() === q);
  if (exact) return { kind: 'found', section: exact, alternatives: [], by: 'title' };

  const title = titleScores(kb, q, relations);
  // Titles that say every word of the query as itself decide alone: the one where the query's
  // words come first ("trade" → Trade Agreement Negotiations, then Economic and Trade Issues).
  const named = kb.sections.filter((s) => (title.get(s.id) ?? 0) >= 0.999);
  if (named.length) {
    const at = (s: Section) => s.title.toLowerCase().indexOf(q.split(/\s+/)[0]!);
    const order = [...named].sort((a, b) => (at(a) < 0 ? 1e9 : at(a)) - (at(b) < 0 ? 1e9 : at(b)) || a.title.length - b.title.length);
    return { kind: 'found', section: order[0]!, alternatives: order.slice(1), by: 'title' };
  }
  const text = textScores(kb, q, relations);
  const maxText = Math.max(0, ...text.values());
  const ranked = kb.sections
    .map((section, i) => ({ section, i, title: title.get(section.id) ?? 0, total: TITLE_WEIGHT * (title.get(section.id) ?? 0) + (maxText > 0 ? (text.get(section.id) ?? 0) / maxText : 0) }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.i - b.i);
  const top = ranked[0];
  if (top) {
    const alternatives = ranked.slice(1).filter((r) => r.total >= top.total * TIE).map((r) => r.section);
    return { kind: 'found', section: top.section, alternatives, by: top.title > 0 ? 'title' : 'text' };
  }
  const fuse = new Fuse(kb.sections, { keys: ['title', 'id'], includeScore: true, ignoreLocation: true, threshold: 0.35, useExtendedSearch: false });
  const hits = fuse.search(q);
  const first = hits[0];
  if (!first) return { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
  const alternatives = hits.slice(1).filter((h) => (h.score ?? 1) - (first.score ?? 0) < FUZZY_TIE).map((h) => h.item);
  return { kind: 'found', section: first.item, alternatives, by: 'title' };
}

// Two titles whose fuse.js scores differ by less than this are "about equally" good matches.
const FUZZY_TIE = 0.08;

/**
 * How much of the query each section's title says, 0..1: the query's words weighed by their
 * importance, each by its best form among the title's terms (an acronym counts as the words it
 * stands for when the title spells them out).
 */
function titleScores(kb: KnowledgeBase, q: string, relations?: RelationLookup): Map<string, number> {
  const { stemOf } = indexOf(kb);
  const groups = queryGroups(kb, analyzeQuery(q), relations);
  const total = groups.reduce((a, g) => a + g.importance, 0);
  const out = new Map<string, number>();
  if (total === 0) return out;
  for (const section of kb.sections) {
    const terms = new Set(tokenSpans(section.title).map((t) => termOf(t.norm, stemOf)));
    const words = tokenSpans(section.title).map((t) => t.norm);
    for (const a of kb.acronyms) {
      const long = tokenSpans(a.long).map((t) => t.norm);
      if (long.length && long.every((w) => words.includes(w))) terms.add(termOf(a.short.toLowerCase(), stemOf));
    }
    let said = 0;
    for (const g of groups) said += g.importance * Math.max(0, ...g.forms.filter((f) => terms.has(f.term)).map((f) => f.weight));
    if (said > 0) out.set(section.id, said / total);
  }
  return out;
}

/**
 * How much each section's text discusses the query: its hits' summed scores, for its length. A
 * section discusses a term when its sentences use it (or a synonym, or the word a typo meant): a
 * hit that only a related word reaches is no evidence of that, so it does not vote.
 */
function textScores(kb: KnowledgeBase, q: string, relations?: RelationLookup): Map<string, number> {
  const votes = new Map<string, number>();
  for (const hit of searchAll(kb, q, { limit: kb.sentences.length, relations }).hits) {
    if (hit.matches.length <= hit.corrections.filter((c) => c.how === 'related').length) continue;
    votes.set(hit.sentence.sectionId, (votes.get(hit.sentence.sectionId) ?? 0) + hit.score);
  }
  const size = new Map(kb.sections.map((s) => [s.id, Math.max(1, s.sentenceIds.length)]));
  return new Map([...votes].map(([id, v]) => [id, v / size.get(id)! ** LENGTH_POWER]));
}

/** The sentences of a section, in reading order. */
export function sectionSentences(kb: KnowledgeBase, section: Section): Sentence[] {
  const byId = new Map(kb.sentences.map((s) => [s.id, s]));
  return section.sentenceIds.map((id) => byId.get(id)!).filter(Boolean);
}

/** The facts whose sentences belong to a section. */
export function sectionFacts(kb: KnowledgeBase, section: Section): Fact[] {
  const ids = new Set(section.sentenceIds);
  return kb.facts.filter((f) => ids.has(f.sentenceId));
}
