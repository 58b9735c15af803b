import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { evaluate, type LabeledQuery } from '../../../src/query/evaluate.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('search quality on the labeled queries', () => {
  const { queries } = JSON.parse(readFileSync('tests/eval/queries.json', 'utf8')) as { queries: LabeledQuery[] };
  const all = evaluate(kb, queries).scores.find((s) => s.kind === 'all')!;
  it('has 80+ queries of six kinds', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.kind)).size).toBe(6);
  });
  it('reaches hit@1 ≥ 0.95 and hit@3 = 1', () => {
    expect(all.hit1).toBeGreaterThanOrEqual(0.95);
    expect(all.hit3).toBe(1);
  });
});
