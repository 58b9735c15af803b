import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { findFacts } from '../../../src/query/facts.js';
import { search } from '../../../src/query/search/rank.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const ids = (q: string) => findFacts(kb, q).map((f) => f.id);

describe('facts', () => {
  it('filters by query and section', () => {
    expect(findFacts(kb, '54,000').map((f) => f.value)).toContain(54000);
    expect(findFacts(kb, '', { sectionId: 'overview' }).every((f) => f.sectionId === 'overview')).toBe(true);
    expect(findFacts(kb, 'zzzzqqq')).toEqual([]);
  });

  it('without a query lists all in document order; --limit cuts', () => {
    expect(ids('')).toEqual(kb.facts.map((f) => f.id));
    expect(findFacts(kb, '', { limit: 3 })).toHaveLength(3);
    expect(findFacts(kb, 'billion', { limit: 2 })).toHaveLength(2);
  });

  it.each([
    ['percent', 'percent'],
    ['%', 'percent'],
    ['usd', 'USD'],
    ['dollars', 'USD'],
    ['$', 'USD'],
  ])('"%s" lists every %s figure first', (q, unit) => {
    const all = kb.facts.filter((f) => f.unit === unit).length;
    expect(findFacts(kb, q).slice(0, all).every((f) => f.unit === unit)).toBe(true);
    expect(all).toBeGreaterThan(1);
  });

  it('fuse.js operators do not leak: "!two" is "two"', () => expect(ids('!two')).toEqual(ids('two')));

  it('any word counts: "okinawa billion" finds figures, as search does', () => {
    expect(ids('okinawa billion').length).toBeGreaterThan(0);
    expect(search(kb, 'okinawa billion').length).toBeGreaterThan(0);
  });

  it.each([
    ['2 billion', 'us-japan-military-alliance-6-f1'],
    ['two billion', 'us-japan-military-alliance-6-f1'],
    ['6450000', 'covid-19-pandemic-response-1-f2'],
    ['54 000', 'overview-3-f1'],
    ['troopps', 'overview-3-f1'],
  ])('"%s" ranks %s first', (q, id) => expect(ids(q)[0]).toBe(id));
});
