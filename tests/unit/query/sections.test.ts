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

describe('section choice people can predict', () => {
  it('"section N" is the N-th row of `sections`', () => {
    kb.sections.forEach((s, i) => {
      const m = matchSection(kb, String(i + 1));
      expect(m.kind === 'found' && m.section.id).toBe(s.id);
    });
  });

  it.each(['0', '99'])('"section %s" is out of range and says how many there are', (n) => {
    expect(matchSection(kb, n)).toEqual({ kind: 'out-of-range', count: kb.sections.length });
  });

  it.each([
    ['korea', 'regional-relations'],
    ['taiwan', 'regional-relations'],
    ['senkaku', 'regional-relations'],
    ['kishida', 'political-transition-in-tokyo'],
  ])('with no title match, "%s" is the section that discusses it most (%s), said to be a text match', (q, id) => {
    const m = matchSection(kb, q);
    expect(m.kind === 'found' && m.by).toBe('text');
    expect(m.kind === 'found' && m.section.id).toBe(id);
  });

  it('a close title match names the other', () => {
    const m = matchSection(kb, 'trade');
    expect(m.kind === 'found' && m.alternatives.map((a) => a.id)).toHaveLength(1);
  });
});

describe('section titles read with the query language', () => {
  it('an acronym finds the title that spells it out, and a typo finds its title', () => {
    const ldp = { ...kb, sections: kb.sections.map((s) => (s.id === 'political-transition-in-tokyo' ? { ...s, title: 'The Liberal Democratic Party' } : s)) };
    const m = matchSection(ldp, 'ldp');
    expect(m.kind === 'found' && [m.section.id, m.by]).toEqual(['political-transition-in-tokyo', 'title']);
    const typo = matchSection(kb, 'negotiatons');
    expect(typo.kind === 'found' && typo.section.id).toBe('trade-agreement-negotiations');
  });

  it('a title that says the word itself outweighs text that discusses it more', () => {
    // "pandemic" is in the COVID-19 section's title; "economic" is in a title too, though other sections mention it.
    expect(matchSection(kb, 'pandemic')).toMatchObject({ kind: 'found', section: { id: 'covid-19-pandemic-response' }, by: 'title' });
    expect(matchSection(kb, 'economic')).toMatchObject({ kind: 'found', section: { id: 'economic-and-trade-issues' }, by: 'title' });
  });
});
