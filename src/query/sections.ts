import Fuse from 'fuse.js';
import type { Fact, KnowledgeBase, Section, Sentence } from '../kb/schema.js';
import { searchAll } from './search/rank.js';

/** A section chosen for a name: by its number, its title, or the text that discusses the words most. */
export type SectionMatch =
  | { kind: 'found'; section: Section; alternatives: Section[]; by: 'number' | 'title' | 'text' }
  | { kind: 'out-of-range'; count: number }
  | { kind: 'not-found'; suggestions: string[] };

// When no title matches, a section's share of the text is weighed against how much of it is on
// the words: a section's summed scores are divided by its sentence count to this power.
const LENGTH_POWER = 0.5;
// Sections whose text scores this close to the best are named as alternatives.
const TEXT_TIE = 0.8;

// Two titles whose fuse.js scores differ by less than this are "about equally" good matches.
const TIE = 0.08;

/** Finds a section by its id, its title (fuzzily), or else by the text that best matches. */
export function matchSection(kb: KnowledgeBase, name: string, relations?: () => string | null): SectionMatch {
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
  const fuse = new Fuse(kb.sections, {
    keys: ['title', 'id'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    useExtendedSearch: false,
  });
  const hits = fuse.search(q);
  const first = hits[0];
  if (first) {
    const alternatives = hits.slice(1).filter((h) => (h.score ?? 1) - (first.score ?? 0) < TIE).map((h) => h.item);
    return { kind: 'found', section: first.item, alternatives, by: 'title' };
  }
  // No title matches: the section that discusses the words most, not the one that mentions them first.
  const votes = new Map<string, number>();
  for (const hit of searchAll(kb, q, { limit: kb.sentences.length, relations }).hits) {
    votes.set(hit.sentence.sectionId, (votes.get(hit.sentence.sectionId) ?? 0) + hit.score);
  }
  const order = new Map(kb.sections.map((s, i) => [s.id, i]));
  const ranked = [...votes]
    .map(([id, v]) => [id, v / Math.max(1, kb.sections[order.get(id)!]!.sentenceIds.length) ** LENGTH_POWER] as const)
    .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
  const top = ranked[0];
  if (!top) return { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
  const byId = (id: string) => kb.sections.find((s) => s.id === id)!;
  const alternatives = ranked.slice(1).filter(([, v]) => v >= top[1] * TEXT_TIE).map(([id]) => byId(id));
  return { kind: 'found', section: byId(top[0]), alternatives, by: 'text' };
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
