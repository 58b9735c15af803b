import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/format/citation/index.js';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { citationData, reportUrl, sentenceCase } from '../../../src/query/citation.js';
import { figuresMatching } from '../../../src/query/figures.js';
import { define, glossary } from '../../../src/query/glossary.js';
import { timeline } from '../../../src/query/timeline.js';
import { truthKb } from '../../support/truth-kb.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('timeline', () => {
  it('lists every event in date order, then reading order, each with its sentence and section', () => {
    const t = timeline(kb);
    expect(t.length).toBe(kb.events.length);
    for (let i = 1; i < t.length; i++) expect(t[i - 1]!.start <= t[i]!.start).toBe(true);
    for (const e of t) {
      expect(Object.keys(e)).toEqual(['start', 'end', 'display', 'event', 'kind', 'sentence', 'sentenceId', 'sectionId', 'section', 'page']);
      expect(kb.sentences.find((s) => s.id === e.sentenceId)!.text).toBe(e.sentence);
    }
  });

  it.each([
    [2020, 2020],
    [1900, 1950],
    [2030, 2040],
  ])('--from %i --to %i keeps the entries whose span overlaps those years', (from, to) => {
    const t = timeline(kb, { from, to });
    expect(t.length).toBeGreaterThan(0);
    const still = (e: (typeof t)[number]) => (e.end ? Number(e.end.slice(0, 4)) : e.kind === 'period' ? 2022 : Number(e.start.slice(0, 4)));
    for (const e of t) expect(Number(e.start.slice(0, 4)) <= to && still(e) >= from).toBe(true);
    const key = (e: (typeof t)[number]) => `${e.sentenceId} ${e.start} ${e.display}`;
    const kept = new Set(t.map(key));
    // Every entry left out lies wholly outside the range.
    for (const e of timeline(kb).filter((x) => !kept.has(key(x)))) expect(Number(e.start.slice(0, 4)) > to || still(e) < from).toBe(true);
  });

  it('keeps only a section’s entries with a section', () => {
    const t = timeline(kb, { sectionId: 'political-transition-in-tokyo' });
    expect(t.length).toBeGreaterThan(0);
    expect(new Set(t.map((e) => e.sectionId))).toEqual(new Set(['political-transition-in-tokyo']));
  });
});

describe('define and glossary', () => {
  it('glossary entries have the documented shape, by term', () => {
    const g = glossary(kb);
    expect(g.length).toBeGreaterThan(5);
    for (const e of g) {
      expect(e).toMatchObject({ term: expect.any(String), kind: expect.any(String), definition: expect.any(String), aliases: expect.any(Array), page: expect.any(Number) });
      if (e.kind === 'person') expect(Object.keys(e)).toEqual(expect.arrayContaining(['role', 'start', 'end', 'current']));
    }
    expect(g.map((e) => e.term.toLowerCase())).toEqual([...g.map((e) => e.term.toLowerCase())].sort((a, b) => a.localeCompare(b)));
  });

  it.each([
    ['ldp', 'LDP'],
    ['LDP', 'LDP'],
    ['Self Defense Forces', 'Self-Defense Forces'],
    ['kishida', 'Fumio Kishida'],
    ['kishda', 'Fumio Kishida'],
    ['covid', 'COVID-19'],
  ])('define %s → %s, whatever the case and small typos', (term, expected) => {
    const d = define(kb, term);
    expect(d.kind).toBe('found');
    if (d.kind === 'found') expect(d.entry.term).toBe(expected);
  });

  it('an unknown term is a miss with the closest terms', () => {
    const d = define(kb, 'zzqqx');
    expect(d.kind).toBe('not-found');
    if (d.kind === 'not-found') expect(d.suggestions.length).toBeGreaterThan(0);
  });

  it('works for another brief', () => {
    const other = truthKb('IF13200');
    const d = define(other, 'esf');
    expect(d.kind === 'found' && d.entry.definition).toBe('Exchange Stabilization Fund');
  });
});

describe('cite', () => {
  it('builds the report URL from the id', () => expect(reportUrl('IF10199')).toBe('https://crsreports.congress.gov/product/pdf/IF/IF10199'));

  it('puts the title in sentence case and keeps the capitals of names the brief writes with one', () => {
    expect(sentenceCase('U.S.-Japan Relations', kb.sentences)).toBe('U.S.-Japan relations');
    expect(sentenceCase('Treasury’s Exchange Stabilization Fund', [{ text: 'The Exchange Stabilization Fund (ESF) is run by the Treasury.' }])).toBe('Treasury’s Exchange Stabilization Fund');
  });

  it.each([
    ['crs', /^Emma Chanlett-Avery, .*, and Caitlin Campbell, U\.S\.-Japan Relations, Congressional Research Service, In Focus IF10199, version 19, updated March 30, 2022, p\. 1, https:\/\/crsreports\.congress\.gov\/product\/pdf\/IF\/IF10199$/],
    ['apa', /^Chanlett-Avery, E\., Manyin, M\. E\., .* & Campbell, C\. \(2022\)\. U\.S\.-Japan relations \(CRS In Focus No\. IF10199, version 19\)\. Congressional Research Service\. https:/],
    ['mla', /^Chanlett-Avery, Emma, et al\. U\.S\.-Japan Relations\. In Focus IF10199, version 19, Congressional Research Service, 30 Mar\. 2022, crsreports\.congress\.gov\/product\/pdf\/IF\/IF10199\.$/],
    ['chicago', /^Chanlett-Avery, Emma, Mark E\. Manyin, .* and Caitlin Campbell\. U\.S\.-Japan Relations\. CRS In Focus IF10199, version 19, 1\. Congressional Research Service, March 30, 2022\. https:/],
    ['bibtex', /^@techreport\{chanlettavery2022if10199,\n {2}author = \{Chanlett-Avery, Emma and .*\},\n[\s\S]*pages = \{1\}\n\}$/],
  ] as const)('%s with a sentence’s page', (style, re) => expect(cite(citationData(kb, 'overview-3')!, style).text).toMatch(re));

  it('gives the in-text form with the page for APA and MLA', () => {
    expect(cite(citationData(kb, 'overview-3')!, 'apa').inText).toBe('(Chanlett-Avery et al., 2022, p. 1)');
    expect(cite(citationData(kb, 'overview-3')!, 'mla').inText).toBe('(Chanlett-Avery et al. 1)');
  });

  it('an unknown sentence id is a miss', () => expect(citationData(kb, 'nope-1')).toBeNull());

  it('works for any brief from its metadata', () => {
    const other = truthKb('IF12610');
    expect(cite(citationData(other)!, 'crs').text).toMatch(/In Focus IF12610, version 6, updated April 17, 2026, https:\/\/crsreports\.congress\.gov\/product\/pdf\/IF\/IF12610$/);
  });
});

describe('figures', () => {
  it.each(['trade partners', 'Top U.S. Trade Partners', 'figure 1'])('a query naming the caption finds Figure 1: %s', (q) => expect(figuresMatching(kb, q).map((f) => f.number)).toEqual([1]));
  it.each(['troops', 'trade deficit okinawa'])('others do not: %s', (q) => expect(figuresMatching(kb, q)).toEqual([]));
});
