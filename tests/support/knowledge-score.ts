/**
 * Scores a knowledge base against expected facts, not-facts, timeline entries and glossary
 * entries (tests/eval/knowledge.{test,dev}.json). One row per expectation, each with the checks
 * it passed and failed, so the test can list them and the script can count them.
 */
import type { Entity, Fact, KbEvent, KnowledgeBase } from '../../src/kb/schema.js';

/** An expected fact: the figure as written in a sentence, with its typed fields. */
export interface ExpectedFact {
  sentenceId: string;
  otherSentenceIds?: string[];
  display: string;
  displayAlternatives?: string[];
  value: number;
  unit: string;
  measure: string;
  period: string | null;
  asOf: string | null;
  qualifier: string | null;
  labelKeywords: string[];
}

/** Words of a sentence that must not be listed as a fact. */
export interface NotFact {
  sentenceId: string;
  text: string;
}

/** An expected timeline entry. */
export interface ExpectedEvent {
  sentenceId: string;
  start: string;
  end: string | null;
  kind: string;
  eventKeywords: string[];
}

/** An expected glossary entry; people also with start, end and current. */
export interface ExpectedEntry {
  term: string;
  kind: string;
  aliases?: string[];
  sentenceId: string;
  start?: string | null;
  end?: string | null;
  current?: boolean | null;
}

/** One brief's expectations. */
export interface Expectations {
  facts: ExpectedFact[];
  notFacts: NotFact[];
  timeline: ExpectedEvent[];
  glossary: ExpectedEntry[];
}

/** The result of one expectation: found or not, and the fields that were wrong. */
export interface Row {
  readonly kind: 'fact' | 'notFact' | 'event' | 'entry';
  readonly key: string;
  readonly found: boolean;
  readonly wrong: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"’']/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The KB fact an expected fact refers to: same sentence (or listed in alsoIn), display as written or one of its alternatives. */
function findFact(kb: KnowledgeBase, e: ExpectedFact, used: Set<Fact>): Fact | undefined {
  const displays = [e.display, ...(e.displayAlternatives ?? [])].map(norm);
  const sentences = new Set([e.sentenceId, ...(e.otherSentenceIds ?? [])]);
  const inSentence = (f: Fact) => sentences.has(f.sentenceId) || (f.alsoIn ?? []).some((s) => sentences.has(s));
  const candidates = kb.facts.filter((f) => inSentence(f) && !used.has(f));
  const exact = candidates.filter((f) => displays.includes(norm(f.display)));
  // Two facts with the same display ("largest", "largest"): the one whose label has the keywords.
  const best = exact.find((f) => e.labelKeywords.every((k) => f.label.toLowerCase().includes(k))) ?? exact[0];
  if (best) return best;
  // A display that differs only by its qualifier or direction word ("decreasing by 4.5%"): the same number in the sentence.
  return candidates.find((f) => Math.abs(Math.abs(f.value) - Math.abs(e.value)) < 1e-9 && f.unit === e.unit && displays.some((d) => d.includes(norm(f.display)) || norm(f.display).includes(d)));
}

/** Scores the facts: each expected fact found, with its label keywords and exact fields. */
export function scoreFacts(kb: KnowledgeBase, expected: readonly ExpectedFact[]): Row[] {
  const used = new Set<Fact>();
  return expected.map((e) => {
    const f = findFact(kb, e, used);
    const key = `${e.sentenceId}: ${e.display}`;
    if (!f) return { kind: 'fact', key, found: false, wrong: ['missing'] };
    used.add(f);
    const wrong: string[] = [];
    if (!e.labelKeywords.every((k) => f.label.toLowerCase().includes(k.toLowerCase()))) wrong.push(`label "${f.label}" lacks ${e.labelKeywords.filter((k) => !f.label.toLowerCase().includes(k.toLowerCase())).join(', ')}`);
    if (Math.abs(f.value - e.value) > 1e-9 * Math.max(1, Math.abs(e.value))) wrong.push(`value ${f.value} ≠ ${e.value}`);
    if (f.unit !== e.unit) wrong.push(`unit ${f.unit} ≠ ${e.unit}`);
    if ((f.measure ?? null) !== e.measure) wrong.push(`measure ${f.measure} ≠ ${e.measure}`);
    if ((f.period ?? null) !== e.period) wrong.push(`period ${f.period} ≠ ${e.period}`);
    if ((f.asOf ?? null) !== e.asOf) wrong.push(`asOf ${f.asOf} ≠ ${e.asOf}`);
    if ((f.qualifier ?? null) !== e.qualifier) wrong.push(`qualifier ${f.qualifier} ≠ ${e.qualifier}`);
    return { kind: 'fact', key, found: true, wrong };
  });
}

/** Scores the not-facts: a row passes when no fact of its sentence is (part of) the words. */
export function scoreNotFacts(kb: KnowledgeBase, notFacts: readonly NotFact[]): Row[] {
  return notFacts.map((n) => {
    const text = norm(n.text);
    const hit = kb.facts.find((f) => f.sentenceId === n.sentenceId && text.includes(norm(f.display)) && norm(f.display) !== '');
    return { kind: 'notFact', key: `${n.sentenceId}: ${n.text}`, found: !hit, wrong: hit ? [`listed as fact "${hit.display}" (${hit.label})`] : [] };
  });
}

/** Scores the timeline: an event of the sentence with the same start, then its end, kind and keywords. */
export function scoreTimeline(kb: KnowledgeBase, expected: readonly ExpectedEvent[]): Row[] {
  return expected.map((e) => {
    const key = `${e.sentenceId}: ${e.start}`;
    const candidates = kb.events.filter((x: KbEvent) => x.sentenceId === e.sentenceId && x.start === e.start);
    const ev = candidates.find((x) => e.eventKeywords.every((k) => x.event.toLowerCase().includes(k.toLowerCase()))) ?? candidates[0];
    if (!ev) return { kind: 'event', key, found: false, wrong: ['missing'] };
    const wrong: string[] = [];
    if (ev.end !== e.end) wrong.push(`end ${ev.end} ≠ ${e.end}`);
    if (ev.kind !== e.kind) wrong.push(`kind ${ev.kind} ≠ ${e.kind}`);
    const lacking = e.eventKeywords.filter((k) => !ev.event.toLowerCase().includes(k.toLowerCase()));
    if (lacking.length) wrong.push(`event "${ev.event}" lacks ${lacking.join(', ')}`);
    return { kind: 'event', key, found: true, wrong };
  });
}

/** Scores the glossary: an entity named by the term or an alias (either way round); people also by start, end and current. */
export function scoreGlossary(kb: KnowledgeBase, expected: readonly ExpectedEntry[]): Row[] {
  return expected.map((e) => {
    const want = new Set([e.term, ...(e.aliases ?? [])].map(norm));
    const names = (x: Entity) => [x.term, ...x.aliases].map(norm);
    const matches = kb.entities.filter((x) => names(x).some((n) => want.has(n)));
    const entity = matches.find((x) => x.definition !== null && (e.kind !== 'person' || x.kind === 'person')) ?? matches[0];
    const key = `${e.term}`;
    if (!entity) return { kind: 'entry', key, found: false, wrong: ['missing'] };
    const wrong: string[] = [];
    if (entity.definition === null) wrong.push('no definition');
    if (e.kind === 'person') {
      if (entity.kind !== 'person') wrong.push(`kind ${entity.kind} ≠ person`);
      else {
        if (e.start !== undefined && entity.start !== e.start) wrong.push(`start ${entity.start} ≠ ${e.start}`);
        if (e.end !== undefined && entity.end !== e.end) wrong.push(`end ${entity.end} ≠ ${e.end}`);
        if (e.current !== undefined && entity.current !== e.current) wrong.push(`current ${entity.current} ≠ ${e.current}`);
      }
    }
    return { kind: 'entry', key, found: true, wrong };
  });
}

/** Every row of one brief's expectations. */
export function scoreAll(kb: KnowledgeBase, x: Expectations): Row[] {
  return [...scoreFacts(kb, x.facts), ...scoreNotFacts(kb, x.notFacts), ...scoreTimeline(kb, x.timeline), ...scoreGlossary(kb, x.glossary)];
}

/** Counts per kind: expected, found, and found with every field right. */
export function tally(rows: readonly Row[]): { kind: Row['kind']; n: number; found: number; right: number }[] {
  const kinds: Row['kind'][] = ['fact', 'notFact', 'event', 'entry'];
  return kinds.map((kind) => {
    const r = rows.filter((x) => x.kind === kind);
    return { kind, n: r.length, found: r.filter((x) => x.found).length, right: r.filter((x) => x.found && x.wrong.length === 0).length };
  });
}

/** Facts in the KB that no expectation names: the extractor's extra rows (precision). */
export function extraFacts(kb: KnowledgeBase, expected: readonly ExpectedFact[]): Fact[] {
  const used = new Set<Fact>();
  for (const e of expected) {
    const f = findFact(kb, e, used);
    if (f) used.add(f);
  }
  return kb.facts.filter((f) => !used.has(f));
}
