import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { openRelations } from '../../../src/kb/relations.js';
import { evaluate, type LabeledQuery } from '../../../src/query/evaluate.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const relations = openRelations('data/kb.relations.json', kb);
type Labeled = LabeledQuery & { answerTexts: string[]; source?: string };
const half = (name: string) => (JSON.parse(readFileSync(`tests/eval/queries.${name}.json`, 'utf8')) as { queries: Labeled[] }).queries;
const dev = half('dev');
const test = half('test');

describe('search evaluation files', () => {
  it('hold 200+ queries; the test half 15+ of each of seven kinds', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(200);
    const kinds = new Map<string, number>();
    for (const q of test) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(['keyword', 'multi-word', 'number', 'paraphrase', 'question', 'section', 'typo']);
    for (const n of kinds.values()) expect(n).toBeGreaterThanOrEqual(15);
  });

  it('label answers by id and by text, and the two agree', () => {
    const sentences = new Map(kb.sentences.map((s) => [s.id, s.text]));
    const sections = new Map(kb.sections.map((s) => [s.id, s.title]));
    for (const q of [...dev, ...test]) {
      expect(q.answers.map((a) => (q.kind === 'section' ? sections : sentences).get(a)), q.query).toEqual(q.answerTexts);
    }
  });

  it('the first release\'s queries keep hit@1 ≥ 0.95 and hit@3 = 1', () => {
    const all = evaluate(kb, dev.filter((q) => q.source === 'v1'), relations).scores.find((s) => s.kind === 'all')!;
    expect(all.hit1).toBeGreaterThanOrEqual(0.95);
    expect(all.hit3).toBe(1);
  });
});
