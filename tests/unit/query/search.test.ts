import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTerm } from '../../../src/text/stem.js';
import { openRelations } from '../../../src/kb/relations.js';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { search, searchAll } from '../../../src/query/search/rank.js';
import { searchNote } from '../../../src/format/search-notes.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const relations = openRelations('data/kb.relations.json', kb);
const top = (q: string) => search(kb, q, { relations })[0]?.sentence.id;

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

  it('finds nothing for words the brief has no kin of', () => expect(search(kb, 'zzzzqqq', { relations })).toEqual([]));
  it('honours the limit and the section filter', () => {
    expect(search(kb, 'Japan', { limit: 3 })).toHaveLength(3);
    expect(search(kb, 'Japan', { sectionId: 'overview', limit: 50 }).every((h) => h.sentence.sectionId === 'overview')).toBe(true);
  });
});

// The findings of issue 11, one test each.
describe('search reads what a person means', () => {
  it.each([
    ['troops', 'overview-3'],
    ['how many troops are in japan', 'overview-3'],
    ['how many us troops are stationed in japan', 'overview-3'],
    ['who was abe', 'political-transition-in-tokyo-1'],
    ['counterstrike', 'us-japan-military-alliance-4'],
    ['lawmakers', 'political-transition-in-tokyo-3'],
    ['6450000', 'covid-19-pandemic-response-1'],
    ['54 000', 'overview-3'],
  ])('"%s" leads with %s', (q, id) => expect(top(q)).toBe(id));

  it('a figure about the word ranks above a sentence that only repeats it', () => {
    const hits = search(kb, 'troops');
    expect(hits[0]!.sentence.text).toContain('54,000');
    expect(hits[1]!.sentence.text.match(/troops/g)!.length).toBe(2);
  });

  it('"who is the prime minister" names the current one, not the former', () => {
    const hits = search(kb, 'who is the prime minister of japan', { relations });
    expect(hits[0]!.sentence.text).toMatch(/current|New/);
    const former = hits.findIndex((h) => /Former/.test(h.sentence.text));
    expect(former === -1 || former > 1).toBe(true);
  });

  it('"us" matches U.S. exactly, never "used"', () => {
    for (const h of search(kb, 'how many us troops are stationed in japan', { limit: 20 })) expect(h.matches).not.toContain('used');
    for (const h of search(kb, 'us', { limit: 100 })) expect(h.matches.every((m) => m === 'U.S.')).toBe(true);
  });

  it('stop words never match, by prefix, typo or otherwise', () => {
    expect(search(kb, 'the of and which', { relations })).toEqual([]);
  });

  it('a word the brief lacks no longer matches by prefix ("counterstrike" is not "countering")', () => {
    const hits = search(kb, 'counterstrike', { relations, limit: 20 });
    for (const h of hits) expect(h.matches.join(' ')).not.toMatch(/countering|countermeasures/);
  });

  it('a synonym or a typo never outscores the word itself', () => {
    for (const q of ['troops', 'premier', 'military', 'vaccine', 'legislature', 'tariffs', 'islands']) {
      const hits = search(kb, q, { relations, limit: 100 });
      const exact = hits.filter((h) => h.corrections.length === 0).map((h) => h.score);
      const other = hits.filter((h) => h.corrections.length > 0).map((h) => h.score);
      if (exact.length && other.length) expect(Math.max(...other), q).toBeLessThan(Math.min(...exact));
    }
  });

  it('"japan -n 1000" gives no run of perfect scores; equal scores keep document order', () => {
    const hits = search(kb, 'japan', { limit: 1000 });
    expect(hits.filter((h) => h.score === 1).length).toBeLessThanOrEqual(1);
    const order = new Map(kb.sentences.map((s, i) => [s.id, i]));
    for (let i = 1; i < hits.length; i++) {
      if (hits[i]!.score === hits[i - 1]!.score) expect(order.get(hits[i]!.sentence.id)!).toBeGreaterThan(order.get(hits[i - 1]!.sentence.id)!);
    }
  });

  it('"who wrote this report" answers with the authors, and no sentence scores above 0.5', () => {
    const r = searchAll(kb, 'who wrote this report', { relations, limit: 100 });
    expect(r.card?.lines).toHaveLength(kb.document.authors.length);
    expect(r.card?.lines[0]).toContain(kb.document.authors[0]!.name);
    for (const h of r.hits) expect(h.score).toBeLessThanOrEqual(0.5);
  });

  it('quoted phrases match as phrases; a phrase nowhere is a miss that says how many without quotes', () => {
    const r = searchAll(kb, '"trade deficit"', { relations });
    expect(r.hits).toEqual([]);
    expect(r.phraseMiss).toEqual({ phrase: 'trade deficit', withoutQuotes: searchAll(kb, 'trade deficit', { relations, limit: 1000 }).hits.length });
    expect(r.phraseMiss!.withoutQuotes).toBeGreaterThan(0);
    const hits = search(kb, '"missile strike capability"', { limit: 100 });
    expect(hits.map((h) => h.sentence.id).sort()).toEqual(['political-transition-in-tokyo-6', 'us-japan-military-alliance-4']);
  });

  it('says what it did: typo, related word, nothing matched', () => {
    const typo = searchAll(kb, 'tarrifs', { relations });
    expect(typo.hits[0]!.corrections).toEqual([{ from: 'tarrifs', to: 'tariffs', how: 'typo' }]);
    expect(searchNote(typo)).toBe('showing results for "tariffs"');
    const related = searchAll(kb, 'lawmakers zzzqx', { relations });
    expect(related.hits[0]!.corrections[0]).toMatchObject({ from: 'lawmakers', how: 'related' });
    expect(searchNote(related)).toMatch(/^"lawmakers" also matched "legislature"; "zzzqx" matched nothing$/);
    const number = searchAll(kb, '6450000');
    expect(number.hits[0]!.corrections).toEqual([{ from: '6450000', to: '6.45 million', how: 'number' }]);
    expect(searchAll(kb, 'troops').hits.every((h) => h.corrections.length === 0)).toBe(true);
    expect(searchNote(searchAll(kb, 'troops'))).toBeNull();
  });

  it('relations are read only when a query word is not in the brief', () => {
    let asked = 0;
    const counting = (key: string) => (asked++, relations(key));
    search(kb, 'how many troops are in okinawa', { relations: counting });
    expect(asked).toBe(0);
    search(kb, 'lawmakers', { relations: counting });
    expect(asked).toBeGreaterThan(0);
  });
});

describe('acronyms the query spells out', () => {
  it('"liberal democratic party" also finds sentences that say only LDP, as by a synonym', () => {
    const r = searchAll(kb, 'liberal democratic party', { limit: 100 });
    const onlyShort = kb.sentences.filter((s) => /\bLDP\b/.test(s.text) && !/Liberal Democratic/.test(s.text)).map((s) => s.id);
    expect(onlyShort.length).toBeGreaterThan(0);
    for (const id of onlyShort) expect(r.hits.map((h) => h.sentence.id)).toContain(id);
    const hit = r.hits.find((h) => h.sentence.id === onlyShort[0])!;
    expect(hit.corrections.every((c) => c.how === 'synonym' && c.to === 'LDP')).toBe(true);
  });
});

describe('irregular verbs', () => {
  it('an irregular past form is indexed as its verb: "led" finds "leads", "drew" finds "draw"', () => {
    expect(indexTerm('led')).toBe(indexTerm('leads'));
    expect(indexTerm('drew')).toBe(indexTerm('draws'));
    expect(indexTerm('left')).not.toBe(indexTerm('leave')); // also an adjective: left out
    const hit = searchAll(kb, 'led', { relations }).hits[0];
    expect(hit?.sentence.id).toBe('political-transition-in-tokyo-3');
    expect(hit?.matches).toEqual(['led']);
  });
});
