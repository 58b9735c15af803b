import type { KnowledgeBase, Sentence } from '../../kb/schema.js';
import type { Answer, AskResult } from './ask.js';
import type { AnswerKind } from './question.js';

/** A sentence an answer rests on, as `ask --json` prints it. */
export interface EvidenceRecord {
  readonly id: string;
  readonly text: string;
  readonly sectionId: string;
  readonly section: string;
  readonly page: number;
  readonly lines: readonly number[];
}

/** `ask --json`: one object, the same shape with or without an answer (README, "Ask"). */
export interface AskRecord {
  readonly question: string;
  readonly answer: string | null;
  readonly kind: AnswerKind | null;
  readonly value: number | null;
  readonly unit: string | null;
  readonly start: string | null;
  readonly end: string | null;
  /** The brief's update date (YYYY-MM-DD): answers are as of then. */
  readonly asOf: string | null;
  readonly confidence: number;
  readonly evidence: readonly EvidenceRecord[];
  /** Runners-up: an answer's own fields, with their evidence as records. */
  readonly otherAnswers: readonly (Pick<Answer, 'answer' | 'kind' | 'value' | 'unit' | 'start' | 'end' | 'confidence'> & { readonly evidence: readonly EvidenceRecord[] })[];
}

export function evidenceRecord(kb: KnowledgeBase, s: Sentence): EvidenceRecord {
  const section = kb.sections.find((x) => x.id === s.sectionId);
  return { id: s.id, text: s.text, sectionId: s.sectionId, section: section?.title ?? s.sectionId, page: s.page, lines: s.lines ?? [] };
}

export function askRecord(kb: KnowledgeBase, r: AskResult): AskRecord {
  const a: Answer | null = r.answer;
  const ev = (x: Answer) => x.evidence.map((s) => evidenceRecord(kb, s));
  return {
    question: r.question,
    answer: a?.answer ?? null,
    kind: a?.kind ?? null,
    value: a?.value ?? null,
    unit: a?.unit ?? null,
    start: a?.start ?? null,
    end: a?.end ?? null,
    asOf: kb.document.updated ?? null,
    confidence: a?.confidence ?? 0,
    evidence: a ? ev(a) : [],
    otherAnswers: r.others.map((o) => ({ answer: o.answer, kind: o.kind, value: o.value, unit: o.unit, start: o.start, end: o.end, confidence: o.confidence, evidence: ev(o) })),
  };
}
