import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { findFacts } from '../../../src/query/facts.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('facts', () => {
  it('filters by query and section', () => {
    expect(findFacts(kb, '54,000').map((f) => f.value)).toContain(54000);
    expect(findFacts(kb, '', { sectionId: 'overview' }).every((f) => f.sectionId === 'overview')).toBe(true);
    expect(findFacts(kb, 'zzzzqqq')).toEqual([]);
  });
});
