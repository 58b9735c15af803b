/** ask: the question reader, the span extractors, and answers on a hand-made KB, the real one and the dev briefs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { ABSTAIN, ask } from '../../../src/query/ask/ask.js';
import { readQuestion } from '../../../src/query/ask/question.js';
import { dateSpans, isoOf, nameSpans, quantitySpans, rankSpans } from '../../../src/query/ask/spans.js';
import { tinyKb } from '../../support/tiny-kb.js';
import { DEV_BRIEFS, truthKb } from '../../support/truth-kb.js';

const real = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('readQuestion: the kind of answer asked for', () => {
  it.each([
    ['how many ships are in the fleet', 'quantity'],
    ['How much did the agency spend', 'quantity'],
    ['what percentage of farms are small', 'quantity'],
    ['by how much did exports grow', 'quantity'],
    ['when did the program start', 'date'],
    ['in which year was the law passed', 'date'],
    ['since when has the office existed', 'date'],
    ['who leads the agency', 'person'],
    ['which minister signed the deal', 'person'],
    ['where is the headquarters', 'place'],
    ['where does the state rank among producers', 'rank'],
    ['what does NASA stand for', 'name'],
    ['what is the legislature called', 'name'],
    ['what is the widget council', 'definition'],
    ['who wrote this report', 'document'],
    ['when was the brief updated', 'document'],
    ['which version is this', 'document'],
    ['which report is this', 'document'],
    ['who coordinated this report', 'document'],
    ['widgets gadgets', null],
  ])('%s → %s', (q, kind) => expect(readQuestion(tinyKb(), q).kind).toBe(kind));

  it('"how long" accepts a duration or a period; "what year" a year', () => {
    expect(readQuestion(tinyKb(), 'how long did she serve').howLong).toBe(true);
    expect(readQuestion(tinyKb(), 'what year did it end').wantsYear).toBe(true);
  });
});

describe('span extractors', () => {
  const texts = (spans: { text: string }[]) => spans.map((s) => s.text);
  it.each([
    ['Costs reached roughly $2 billion per year.', ['roughly $2 billion per year'], 'money'],
    ['There are around 54,000 troops.', ['around 54,000'], 'count'],
    ['About 25% of sites and over half of staff are there.', ['About 25%', 'over half'], 'percent'],
    ['It signed a new four-year deal.', ['four-year'], 'duration'],
    ['The 11-nation pact went ahead.', ['11-nation'], 'count'],
  ])('quantity: %s', (text, want, measure) => {
    const spans = quantitySpans(text);
    expect(texts(spans)).toEqual(want);
    expect(spans[0]!.measure).toBe(measure);
  });

  it('a year, a fiscal year, a disease name or a number in a name is not a quantity', () => {
    expect(quantitySpans('In 2021 the FY2022 budget and COVID-19 grew.')).toEqual([]);
    expect(quantitySpans('It exempts steel from the Section 232 tariffs under Title 10.')).toEqual([]);
    expect(quantitySpans('About 25% of sites').map((x) => x.text)).toEqual(['About 25%']);
  });

  it.each([
    ['He served from 2012 to 2020.', 'from 2012 to 2020', '2012', '2020'],
    ['An ally since 1951, it is close.', 'since 1951', '1951', null],
    ['It became premier in September 2021.', 'September 2021', '2021-09', '2021-09'],
    ['It paused in summer 2020.', 'summer 2020', '2020', '2020'],
    ['It was updated March 30, 2022.', 'March 30, 2022', '2022-03-30', '2022-03-30'],
  ])('date: %s', (text, want, from, to) => {
    const s = dateSpans(text).find((x) => x.text === want);
    expect(s).toMatchObject({ from, to });
  });

  it('ranks and naming phrases', () => {
    expect(texts(rankSpans('It is the fourth-largest partner and the largest investor.'))).toEqual(['fourth-largest', 'largest']);
    expect(texts(rankSpans('The yen fell to a near seven-year low.'))).toEqual(['a near seven-year low']);
    expect(texts(rankSpans('It hit bases for the first time.'))).toEqual([]);
    expect(nameSpans('islets (known as the Senkaku Islands in Japan, and Diaoyu in China)').map((n) => [n.text, n.where])).toEqual([
      ['Senkaku Islands', 'Japan'],
      ['Diaoyu', 'China'],
    ]);
    expect(texts(nameSpans('its military (known as the Self-Defense Forces, or SDF)'))).toEqual(['Self-Defense Forces', 'SDF']);
  });

  it('isoOf', () => {
    expect(isoOf('late March 2022')).toBe('2022-03');
    expect(isoOf('no year')).toBeNull();
  });
});

/** A hand-made KB: a few sentences about widgets, a person with a role, an acronym. */
function handMade(): KnowledgeBase {
  const base = tinyKb();
  const s = (n: number, text: string, paragraph = n) => ({ id: `widgets-${n}`, sectionId: 'widgets', paragraph, page: 1, lines: [n], text });
  const sentences = [
    s(1, 'The Widget Council (WC) sets rules for widget makers.'),
    s(2, 'Widget makers employ around 12,000 workers in Freedonia.'),
    s(3, 'Current Chair Ann Lee, who took office in May 2019, leads the council.'),
    s(4, 'Former Chair Bob Roe served from 2010 to 2019.'),
    s(5, 'Freedonia is the third-largest widget exporter.'),
  ];
  return {
    ...base,
    sections: [{ ...base.sections[0]!, id: 'widgets', title: 'Widgets', sentenceIds: sentences.map((x) => x.id) }],
    sentences,
    facts: [],
    events: [],
    acronyms: [{ short: 'WC', long: 'Widget Council', sentenceId: 'widgets-1' }],
    entities: [
      { id: 'acronym-wc', kind: 'acronym', term: 'WC', definition: 'Widget Council', aliases: ['Widget Council'], sentenceId: 'widgets-1', mentions: ['widgets-1'] },
      { id: 'person-ann-lee', kind: 'person', term: 'Ann Lee', definition: 'Chair', aliases: ['Chair Ann Lee'], sentenceId: 'widgets-3', mentions: ['widgets-3'], role: 'Chair', start: '2019-05', end: null, current: true, roles: [{ role: 'Chair', start: '2019-05', end: null, current: true, sentenceId: 'widgets-3' }] },
      { id: 'person-bob-roe', kind: 'person', term: 'Bob Roe', definition: 'Chair (former)', aliases: [], sentenceId: 'widgets-4', mentions: ['widgets-4'], role: 'Chair', start: '2010', end: '2019', current: false, roles: [{ role: 'Chair', start: '2010', end: '2019', current: false, sentenceId: 'widgets-4' }] },
      { id: 'place-freedonia', kind: 'place', term: 'Freedonia', definition: null, aliases: [], sentenceId: 'widgets-2', mentions: ['widgets-2', 'widgets-5'] },
    ],
    searchIndex: undefined,
  } as unknown as KnowledgeBase;
}

describe('ask on a hand-made knowledge base', () => {
  const kb = handMade();
  it.each([
    ['how many workers do widget makers employ', 'around 12,000', 'widgets-2'],
    ['who is the chair', 'Ann Lee', 'widgets-3'],
    ['who was the former chair', 'Bob Roe', 'widgets-4'],
    ['when did ann lee take office', 'May 2019', 'widgets-3'],
    ['how long did bob roe serve', 'from 2010 to 2019', 'widgets-4'],
    ['which chair served from 2010 to 2019', 'Bob Roe', 'widgets-4'],
    ['who leads the council', 'Ann Lee', 'widgets-3'],
    ['what does WC stand for', 'Widget Council', 'widgets-1'],
    ['how does freedonia rank as an exporter', 'third-largest', 'widgets-5'],
    ['where do widget makers employ workers', 'Freedonia', 'widgets-2'],
  ])('%s → %s', (q, answer, evidence) => {
    const r = ask(kb, q);
    expect(r.answer?.answer).toBe(answer);
    expect(r.answer?.evidence[0]?.id).toBe(evidence);
    expect(r.answer!.confidence).toBeGreaterThanOrEqual(ABSTAIN);
  });

  it.each([
    'how many widgets were sold in Narnia',
    'who is the treasurer',
    'who is the deputy chair',
    'what is the capital of freedonia',
    'what is the population of freedonia',
    'when did bob roe die',
  ])('%s → the brief does not say', (q) => {
    expect(ask(kb, q).answer).toBeNull();
  });
});

describe('ask on the real brief', () => {
  it('an answer is a short span, never the sentence, and its kind fits', () => {
    for (const q of ['how many troops are in japan', 'when did kishida become prime minister', 'who leads the ldp', 'what is the quad']) {
      const a = ask(real, q).answer!;
      expect(a.answer.length).toBeLessThanOrEqual(80);
      expect(a.answer).not.toBe(a.evidence[0]?.text);
      expect(a.evidence[0]!.text).toContain(a.answer);
    }
  });

  it('metadata answers have no evidence sentence', () => {
    const a = ask(real, 'when was this report updated').answer!;
    expect(a).toMatchObject({ kind: 'document', evidence: [] });
  });
});

describe('ask on the dev briefs (knowledge bases built from their truth JSON)', () => {
  it.each(DEV_BRIEFS)('%s: the document questions answer from its metadata; a question about nothing in it is refused', (id) => {
    const kb = truthKb(id);
    expect(ask(kb, 'who wrote this report').answer?.answer).toContain(kb.document.authors[0]!.name.split(' ').at(-1)!);
    expect(ask(kb, 'what is the population of the moon').answer).toBeNull();
  });
});
