import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { matchSection, sectionSentences } from '../../../src/query/sections.js';
import { summarize } from '../../../src/query/summarize.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('sections', () => {
  it.each([
    ['trade', ['trade-agreement-negotiations', 'economic-and-trade-issues']],
    ['military', ['us-japan-military-alliance']],
    ['covid', ['covid-19-pandemic-response']],
    ['politics', ['political-transition-in-tokyo']],
    ['overview', ['overview']],
    ['vaccination', ['covid-19-pandemic-response']],
  ])('"%s" matches one of %j', (name, ids) => {
    const m = matchSection(kb, name);
    expect(m.kind).toBe('found');
    if (m.kind === 'found') expect(ids).toContain(m.section.id);
  });

  it('a summary is whole sentences, lead first, at most max(2, 40%) of the section’s sentences', () => {
    for (const sec of kb.sections) {
      const all = sectionSentences(kb, sec);
      const sum = summarize(all);
      expect(sum[0]).toBe(all[0]);
      expect(sum.length).toBeLessThanOrEqual(Math.max(2, Math.floor(all.length * 0.4)));
    }
  });
});
