import Fuse from 'fuse.js';
import type { Fact, KnowledgeBase, Section, Sentence } from '../kb/schema.js';
import { search } from './search/rank.js';

export type SectionMatch =
  | { kind: 'found'; section: Section; alternatives: Section[]; by: 'title' | 'text' }
  | { kind: 'not-found'; suggestions: string[] };

// Two titles whose fuse.js scores differ by less than this are "about equally" good matches.
const TIE = 0.08;

/** Finds a section by its id, its title (fuzzily), or else by the text that best matches. */
export function matchSection(kb: KnowledgeBase, name: string): SectionMatch {
  const q = name.trim().toLowerCase();
  if (q === '') return { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
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
  // No title matches: the section whose sentences best answer the words.
  const votes = new Map<string, number>();
  for (const hit of search(kb, q, { limit: 10 })) votes.set(hit.sentence.sectionId, (votes.get(hit.sentence.sectionId) ?? 0) + hit.score);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
  const byId = (id: string) => kb.sections.find((s) => s.id === id)!;
  const alternatives = ranked.slice(1).filter(([, v]) => v >= top[1] * 0.9).map(([id]) => byId(id));
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
