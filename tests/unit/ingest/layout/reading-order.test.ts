import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../../src/kb/schema.js';
import { devBriefIds, measureDevBrief, measureGenerated } from '../../../support/reading-order-eval.js';

// Measured 20.2% (seed 3) with today's model.
const GENERATED_FLOOR = 0.2;

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const fixture = JSON.parse(readFileSync('tests/fixtures/reading-order.json', 'utf8')) as { readingOrder: KnowledgeBase['readingOrder'] };

describe('reading order of the real brief', () => {
  it('puts every body line in its hand-verified column, in order', () => {
    let right = 0;
    let total = 0;
    for (const col of fixture.readingOrder) {
      const got = new Set(kb.readingOrder.find((c) => c.page === col.page && c.column === col.column)?.lines);
      for (const n of col.lines) {
        total++;
        if (got.has(n)) right++;
      }
    }
    expect(total).toBe(214);
    expect(right).toBe(total);
    for (const col of fixture.readingOrder) {
      expect(kb.readingOrder.find((c) => c.page === col.page && c.column === col.column)?.lines).toEqual(col.lines);
    }
  });

  it('assigns every body line to exactly one column', () => {
    const all = kb.readingOrder.flatMap((c) => c.lines);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(fixture.readingOrder.flatMap((c) => c.lines).length);
  });
});

// Floors measured with today's model (npm run measure:reading-order); issue 14's targets (99% of
// sentences, every section and metadata field) are not met yet, so these guard against losing
// ground, not the goal.
describe('dev briefs (tests/fixtures/briefs)', () => {
  const scores = devBriefIds().map((id) => [id, measureDevBrief(id)] as const);
  it('builds every dev brief and gets all its metadata right', () => {
    for (const [, s] of scores) expect(s.metadata.wrong).toEqual([]);
  });
  it('keeps sentences whole in the right section, and section titles, at the measured floors', () => {
    const right = scores.reduce((n, [, s]) => n + s.sentences.right, 0);
    const sections = scores.reduce((n, [, s]) => n + s.sections.right, 0);
    expect(right).toBeGreaterThanOrEqual(97);
    expect(sections).toBeGreaterThanOrEqual(25);
  });
});

describe('generated briefs (tuning seeds)', () => {
  it('recovers sentences at the measured floor', () => {
    const shares = [1, 2, 3].map((seed) => {
      const s = measureGenerated(seed);
      return s.sentences.right / s.sentences.total;
    });
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(GENERATED_FLOOR);
  });
});
