import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { search } from '../../../src/query/search/rank.js';

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
