import Fuse from 'fuse.js';
import type { Entity, KnowledgeBase } from '../kb/schema.js';
import { normalizeText } from '../text/normalize.js';

/** One glossary entry, as `define --json` and `glossary --json` print it. */
export interface GlossaryEntry {
  readonly term: string;
  readonly kind: Entity['kind'];
  readonly definition: string;
  readonly aliases: string[];
  /** Null for a term the text outside the sentences explains (the disclaimer). */
  readonly sentenceId: string | null;
  readonly sectionId: string | null;
  readonly section: string | null;
  readonly page: number;
  /** People only. */
  readonly role?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly current?: boolean | null;
}

/** The columns of a glossary listing, for a table, TSV or CSV. */
export const GLOSSARY_COLUMNS: readonly { key: keyof GlossaryEntry; header: string }[] = [
  { key: 'term', header: 'Term' },
  { key: 'kind', header: 'Kind' },
  { key: 'definition', header: 'Definition' },
  { key: 'section', header: 'Section' },
  { key: 'page', header: 'Page' },
];

/** The result of `define`: the best entry and the other close ones, or the nearest terms. */
export type Definition = { kind: 'found'; entry: GlossaryEntry; also: GlossaryEntry[] } | { kind: 'not-found'; suggestions: string[] };

/** An entity as a glossary entry, with its sentence's section and page. */
function entryOf(kb: KnowledgeBase, e: Entity & { definition: string }): GlossaryEntry {
  const s = e.sentenceId ? kb.sentences.find((x) => x.id === e.sentenceId) : undefined;
  const sec = s ? kb.sections.find((x) => x.id === s.sectionId) : undefined;
  const base = {
    term: e.term,
    kind: e.kind,
    definition: e.definition,
    aliases: e.aliases,
    sentenceId: e.sentenceId,
    sectionId: sec?.id ?? null,
    section: sec?.title ?? null,
    page: s?.page ?? kb.document.pages,
  };
  return e.kind === 'person' ? { ...base, role: e.role, start: e.start, end: e.end, current: e.current } : base;
}

/** Every entity the text explains (acronyms, named things, people, and any other with a definition), by term. */
export function glossary(kb: KnowledgeBase): GlossaryEntry[] {
  return (kb.entities ?? [])
    .filter((e): e is Entity & { definition: string } => e.definition !== null)
    .map((e) => entryOf(kb, e))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

const key = (s: string) => normalizeText(s).replace(/[^a-z0-9]+/g, '');
// Two fuse.js scores closer than this are about equally good matches.
const TIE = 0.1;

/**
 * The glossary entry a term names, case- and typo-tolerant ("ldp", "Self Defense Forces",
 * "kishida"): an exact match of the term or an alias (letters and digits only) first, else the
 * closest by fuse.js; other entries about as close come in `also`. A term that matches nothing
 * gives the nearest terms as suggestions.
 */
export function define(kb: KnowledgeBase, term: string): Definition {
  const entries = glossary(kb);
  const q = key(term);
  if (q === '') return { kind: 'not-found', suggestions: entries.slice(0, 5).map((e) => e.term) };
  const names = (e: GlossaryEntry) => [e.term, ...e.aliases];
  const exact = entries.filter((e) => names(e).some((n) => key(n) === q));
  const rank = (list: GlossaryEntry[]) => list.sort((a, b) => Number(key(b.term) === q) - Number(key(a.term) === q));
  if (exact.length) {
    const [entry, ...also] = rank(exact);
    return { kind: 'found', entry: entry!, also };
  }
  const items = entries.flatMap((e) => names(e).map((n) => ({ e, name: normalizeText(n) })));
  const hits = new Fuse(items, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.34 }).search(normalizeText(term));
  const seen = new Set<GlossaryEntry>();
  const ranked = hits.filter((h) => !seen.has(h.item.e) && seen.add(h.item.e));
  const best = ranked[0];
  if (!best) {
    const loose = new Fuse(items, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.7 }).search(normalizeText(term));
    const near = [...new Set(loose.map((h) => h.item.e.term))].slice(0, 5);
    return { kind: 'not-found', suggestions: near.length ? near : entries.slice(0, 5).map((e) => e.term) };
  }
  const also = ranked.slice(1).filter((h) => (h.score ?? 1) - (best.score ?? 0) < TIE).map((h) => h.item.e);
  return { kind: 'found', entry: best.item.e, also };
}
