import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/format/views.js';
import { highlight, PLAIN, safe, wrap } from '../../src/format/text.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { evaluate, type LabeledQuery } from '../../src/query/evaluate.js';
import { findFacts } from '../../src/query/facts.js';
import { normalizeText } from '../../src/query/normalize.js';
import { search } from '../../src/query/search.js';
import { matchSection, sectionSentences, summarize } from '../../src/query/sections.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('search', () => {
  it.each([
    ['troops', 'troops'],
    ['ｔｒｏｏｐｓ', 'troops'],
    ['okinava', 'Okinawa'],
    ['54000', '54,000'],
    ['54,000', '54,000'],
  ])('"%s" finds a sentence with "%s"', (q, word) => {
    expect(search(kb, q)[0]!.sentence.text).toContain(word);
  });

  it('ranks best first with scores in 0..1', () => {
    const hits = search(kb, 'Marine Corps base Okinawa');
    expect(hits.map((h) => h.rank)).toEqual(hits.map((_, i) => i + 1));
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    for (const h of hits) expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThanOrEqual(1);
  });

  it('finds nothing for words the brief has no kin of', () => expect(search(kb, 'zzzzqqq')).toEqual([]));
  it('honours the limit and the section filter', () => {
    expect(search(kb, 'Japan', { limit: 3 })).toHaveLength(3);
    expect(search(kb, 'Japan', { sectionId: 'overview', limit: 50 }).every((h) => h.sentence.sectionId === 'overview')).toBe(true);
  });
});

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

  it('a summary is whole sentences, lead first, at most 40% of the section', () => {
    for (const sec of kb.sections) {
      const all = sectionSentences(kb, sec);
      const sum = summarize(all);
      expect(sum[0]).toBe(all[0]);
      const len = (xs: typeof all) => xs.reduce((a, s) => a + s.text.length, 0);
      if (all.length > 2) expect(len(sum)).toBeLessThanOrEqual(Math.max(len(all) * 0.4, all[0]!.text.length));
    }
  });
});

describe('facts', () => {
  it('filters by query and section', () => {
    expect(findFacts(kb, '54,000').map((f) => f.value)).toContain(54000);
    expect(findFacts(kb, '', 'overview').every((f) => f.sectionId === 'overview')).toBe(true);
    expect(findFacts(kb, 'zzzzqqq')).toEqual([]);
  });
});

describe('formatting', () => {
  it('normalizes text and queries alike', () => expect(normalizeText('U.S. ｔｒｏｏｐｓ 54,000 Café')).toBe('us troops 54000 cafe'));
  it('wraps at the width', () => {
    for (const l of wrap('word '.repeat(50), 30)) expect(l.length).toBeLessThanOrEqual(30);
  });
  it('neutralizes escape sequences', () => expect(safe('a\u001b[31mred\u0007')).toBe('a\\u001b[31mred\\u0007'));
  it('does not highlight in plain style', () => expect(highlight('troops here', ['troops'], PLAIN)).toBe('troops here'));
  it('cites the brief', () => expect(citation(kb)).toMatch(/“U\.S\.-Japan Relations,” Congressional Research Service, IF10199, version 19, updated March 30, 2022/));
});
