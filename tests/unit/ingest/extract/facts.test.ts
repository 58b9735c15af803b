import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/facts.js';
import { extractRecords } from '../../../../src/ingest/extract/records.js';
import type { KnowledgeBase } from '../../../../src/kb/schema.js';

const ctx = { updated: '2026-04-30', previousSubject: null };
const facts = (s: string) => extractFacts(s, ctx);
const only = (s: string) => {
  const f = facts(s);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('extractFacts: figures and units', () => {
  it.each([
    ['Japan pays roughly $2 billion per year to defray costs.', 2e9, 'USD', 'roughly', 'roughly $2 billion'],
    ['The budget includes a reserve fund (~ $40 billion), which the government may tap.', 40e9, 'USD', '~', '~ $40 billion'],
    ['The country had vaccinated 80% of its population by March 2022.', 80, 'percent', null, '80%'],
    ['The country had under 28,000 deaths.', 28000, 'count', 'under', 'under 28,000'],
    ['Over half of the personnel are in the north.', 50, 'percent', 'over', 'Over half'],
    ['Investors attempted to withdraw an estimated $250 billion of their holdings.', 250e9, 'USD', 'an estimated', 'an estimated $250 billion'],
    ['NOAA has received “over 10 applications” this year.', 10, 'count', 'over', 'over 10'],
    ['The Market Access Program provides cost-sharing for exports (no less than $200 million per year).', 200e6, 'USD', 'no less than', 'no less than $200 million'],
  ])('%s', (s, value, unit, qualifier, display) => expect(only(s)).toMatchObject({ value, unit, qualifier, display }));

  it.each([
    'the Trump-era Section 232 tariffs apply',
    'the Coronavirus Disease 2019 (COVID-19) pandemic spread',
    'a budget for FY2021 and FY2022 passed',
    'see Figure 1 and IF10199',
    'a treaty ally since 1951, from 2012 to 2020, in September 2021',
    'extended through FY2026 (P.L. 119-37) under 7 U.S.C. §5623(f)(4)',
    'relinquished in the late 1990s (64 Federal Register [FR] 3563)',
    'President Trump issued Executive Order (E.O.) 14285 in the 119th Congress',
    'equipped to—(1) provide freedom and (2) conduct operations',
  ])('no figure in identifiers and dates: %s', (s) => expect(facts(s)).toEqual([]));
});

describe('extractFacts: counts that only refer back are not facts', () => {
  it.each([
    'The two countries collaborate on trade.',
    'Both governments distrust the intentions of others.',
    'The United States and Japan, two of the largest economies, are partners.',
    'Two of the four exploration licenses were relinquished.',
    'The U.S. Space Force and the U.S. Air Force are two separate services.',
    'ESF loans could not exceed six months.',
  ])('%s', (s) => expect(facts(s).filter((f) => f.unit === 'count')).toEqual([]));

  it('keeps a count that informs', () => expect(only('The administrations negotiated two limited trade deals.')).toMatchObject({ value: 2, label: 'limited trade deals' }));
});

describe('extractFacts: labels name what is measured and its holder', () => {
  it.each([
    ['The country had vaccinated 80% of its population by March 2022, the ministry said.', ['share of', 'population', 'vaccinated']],
    ['In 2025, U.S. food and agricultural exports totaled $171 billion.', ['exports']],
    ['In 2025, U.S. imports totaled $212 billion, resulting in a trade deficit of $41 billion.', ['imports']],
    ['The farm bill authorizes $1 billion in export credit guarantees annually.', ['export credit guarantees']],
    ['NOAA issued licenses for the development and delivery of 16 launcher prototypes.', ['launcher prototypes']],
    ['To date, the ISA has issued 31 exploration contracts, of which 17 are located in the Clarion-Clipperton Zone (CCZ).', ['exploration contracts']],
    ['Treasury could monetize its holdings of IMF SDRs, currently valued at $176.0 billion, by selling them.', ['sdrs']],
    ['The Fed limits warehousing to $5 billion.', ['warehousing']],
    ['Japan pays roughly $2 billion per year to defray the cost of stationing troops.', ['japan', 'defray']],
    ['Troops—currently numbering around 54,000—and other assets stay on Japanese territory.', ['troops']],
    ['Japan is the fourth-largest overall U.S. trading partner.', ['japan', 'fourth-largest', 'trading partner']],
  ])('%s', (s, words) => {
    const label = facts(s).find((f) => f.unit !== 'count' || /\d/.test(f.display))!.label.toLowerCase();
    for (const w of words) expect(label).toContain(w);
  });
});

describe('extractFacts: measure, sign, period and as-of date', () => {
  it.each([
    ['Japan’s GDP increased in 2021 by 1.7%, after decreasing by 4.5% in 2020.', [[1.7, 'change', '2021'], [-4.5, 'change', '2020']]],
    ['The government is maintaining a pledge for a 46% reduction in emissions by 2030 (from 2013 levels).', [[-46, 'target', '2030']]],
    ['The request is 123% more than the FY2026 enacted total of $31.9 billion.', [[123, 'change', null], [31.9e9, 'level', null]]],
    ['About 50% of U.S. agricultural exports were destined for Mexico.', [[50, 'share', null]]],
    ['In 2021, Japan was the fifth-largest U.S. trading partner.', [[5, 'rank', '2021']]],
    ['The two governments announced a new four-year deal in December 2021.', [[4, 'duration', '2021-12']]],
    ['Japan has had 6.45 million cases as of March 2022.', [[6.45e6, 'level', '2022-03']]],
    ['The Fed raised the limit to $10 billion in 1989 and $20 billion in 1995.', [[10e9, 'level', '1989'], [20e9, 'level', '1995']]],
  ])('%s', (s, expected) => expect(facts(s).map((f) => [f.value, f.measure, f.asOf])).toEqual(expected));

  it.each([
    ['Japan pays roughly $2 billion per year.', 'per year'],
    ['Programs receive mandatory funding of $255 million annually through FY2026.', 'per year'],
    ['QSP is annually funded at $2.5 million.', 'per year'],
    ['The fund paid $3 million a month.', 'per month'],
    ['USDA announced $285 million in funding availability.', null],
  ])('%s', (s, period) => expect(only(s).period).toBe(period));

  it('ranks "two of the world’s three largest economies" as within the top three', () => {
    expect(facts('The United States and Japan, two of the world’s three largest economies, are partners.').map((f) => [f.value, f.unit, f.display])).toEqual([[3, 'rank', 'three largest']]);
  });
});

describe('extractRecords: one fact per figure', () => {
  it('keeps a repeated figure once, the dated sentence first, the other in alsoIn', () => {
    const kb = {
      document: { updated: '2022-03-30', disclaimer: '' },
      sections: [],
      sentences: [
        { id: 's-1', text: 'Japan is the fourth-largest overall U.S. trading partner.' },
        { id: 's-2', text: 'In 2021, Japan was the fourth-largest overall trading partner.' },
      ],
    } as unknown as KnowledgeBase;
    const r = extractRecords(kb);
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ sentenceId: 's-2', asOf: '2021', alsoIn: ['s-1'] });
  });

  it('numbers facts by their place among the sentence’s figures, so a dropped count does not renumber', () => {
    const kb = {
      document: { updated: '2022-03-30', disclaimer: '' },
      sections: [],
      sentences: [{ id: 's-1', text: 'The two governments announced a new four-year deal in December 2021.' }],
    } as unknown as KnowledgeBase;
    expect(extractRecords(kb).facts.map((f) => f.id)).toEqual(['s-1-f2']);
  });
});
