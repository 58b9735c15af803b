import type { Fact, KnowledgeBase } from '../../kb/schema.js';
import { extractAcronyms } from './acronyms.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { sentenceSubject } from './fact-label.js';
import { extractFacts } from './facts.js';

// The words of a label that name who or what holds the figure (its capitalized words).
const namesIn = (label: string) => new Set(label.match(/\p{Lu}[\p{L}.-]*/gu) ?? []);
const headOf = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** Whether two facts state the same figure of the same thing: same value, unit and measure, same head noun, a name in common (or none). */
function sameFact(a: Fact, b: Fact): boolean {
  if (a.value !== b.value || a.unit !== b.unit || a.measure !== b.measure || headOf(a.label) !== headOf(b.label)) return false;
  const x = namesIn(a.label);
  const y = namesIn(b.label);
  return (x.size === 0 && y.size === 0) || [...x].some((n) => y.has(n));
}

/** One fact per figure: a repeat goes into the kept fact's alsoIn; the kept one is the dated one, else the first. */
function mergeRepeats(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const i = out.findIndex((g) => g.sentenceId !== f.sentenceId && sameFact(g, f));
    if (i < 0) {
      out.push(f);
      continue;
    }
    const g = out[i]!;
    const keep = g.asOf === null && f.asOf !== null ? f : g;
    const other = keep === f ? g : f;
    out[i] = { ...keep, alsoIn: [...keep.alsoIn, other.sentenceId, ...other.alsoIn].filter((s, k, all) => all.indexOf(s) === k && s !== keep.sentenceId) };
  }
  return out;
}

/** What the extractors read: the document, its sections and its sentences in reading order. */
export type ExtractInput = Pick<KnowledgeBase, 'document' | 'sections' | 'sentences'>;

/** The records extracted from the sentences: facts, events, acronyms and the shared entities. */
export type ExtractedRecords = Pick<KnowledgeBase, 'facts' | 'events' | 'acronyms' | 'entities'>;

/**
 * Every record kind of the knowledge base, from the sentences: facts and events per sentence
 * (ids `<sentence id>-f<n>` and `-e<n>`; a fact's n counts every figure of its sentence, so
 * leaving one out does not renumber the others), a figure stated twice kept once, the first
 * expansion of each acronym, and the entities.
 */
export function extractRecords(input: ExtractInput): ExtractedRecords {
  const out: { -readonly [K in keyof ExtractedRecords]: ExtractedRecords[K] } = { facts: [], events: [], acronyms: [], entities: [] };
  const updated = input.document.updated;
  const seenAcronyms = new Set<string>();
  let previousSubject: string | null = null;
  for (const s of input.sentences) {
    for (const f of extractFacts(s.text, { updated, previousSubject })) {
      // The first release's keys keep their order; the new ones follow.
      const { value, unit, qualifier, display, label, measure, period, asOf } = f;
      out.facts.push({ id: `${s.id}-f${f.index}`, value, unit, qualifier, display, label, sentenceId: s.id, measure, period, asOf, alsoIn: [] });
    }
    previousSubject = sentenceSubject(s.text) ?? previousSubject;
    extractEvents(s.text, updated).forEach((e, k) => out.events.push({ id: `${s.id}-e${k + 1}`, ...e, sentenceId: s.id }));
    for (const a of extractAcronyms(s.text)) {
      if (seenAcronyms.has(a.short)) continue;
      seenAcronyms.add(a.short);
      out.acronyms.push({ short: a.short, long: a.long, sentenceId: s.id });
    }
  }
  // Merged facts keep reading order: by their sentence, then their place in it.
  const order = new Map(input.sentences.map((s, i) => [s.id, i]));
  const place = (f: Fact) => order.get(f.sentenceId)! * 1000 + Number(/-f(\d+)$/.exec(f.id)?.[1] ?? 0);
  out.facts = mergeRepeats(out.facts).sort((a, b) => place(a) - place(b));
  out.entities.push(...extractEntities(input.sentences, updated, input.document.disclaimer));
  return out;
}
