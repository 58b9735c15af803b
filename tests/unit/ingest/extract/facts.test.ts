import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/ingest/extract/facts.js';

describe('extractFacts', () => {
  const pick = (s: string) => extractFacts(s).map((f) => [f.value, f.unit, f.qualifier, f.display]);
  it.each([
    ['troops—currently numbering around 54,000—and other', [[54000, 'count', 'around', 'around 54,000']]],
    ['Japan pays roughly $2 billion per year.', [[2e9, 'USD', 'roughly', 'roughly $2 billion']]],
    ['a reserve fund (~ $40 billion), which', [[40e9, 'USD', '~', '~ $40 billion']]],
    ['vaccinated 80% of its population', [[80, 'percent', null, '80%']]],
    ['with under 28,000 deaths and 6.45 million cases', [[28000, 'count', 'under', 'under 28,000'], [6450000, 'count', null, '6.45 million']]],
    ['exports ($112.2 billion) and imports', [[112.2e9, 'USD', null, '$112.2 billion']]],
    ['a new four-year deal', [[4, 'years', null, 'four-year']]],
    ['the fourth-largest overall partner', [[4, 'rank', null, 'fourth-largest']]],
    ['less than 1% of the land', [[1, 'percent', 'less than', 'less than 1%']]],
  ])('%s', (s, expected) => expect(pick(s)).toEqual(expected));

  it.each([
    'the Trump-era Section 232 tariffs',
    'the Coronavirus Disease 2019 (COVID-19) pandemic',
    'a budget for FY2021 and FY2022',
    'see Figure 1 and IF10199',
    'a treaty ally since 1951, from 2012 to 2020, in September 2021',
  ])('no quantity in identifiers and dates: %s', (s) => expect(extractFacts(s)).toEqual([]));

  it.each([
    ['with under 28,000 deaths and more', 'deaths'],
    ['vaccinated 80% of its population by March', 'population'],
    ['trading partner for exports ($112.2 billion) and', 'exports'],
    ['a pledge for a 46% reduction in greenhouse gas emissions by 2030', 'reduction in greenhouse gas emissions'],
    ['the right to base U.S. troops—currently numbering around 54,000—and other assets', 'U.S. troops'],
    ['Japan’s previous three prime ministers, especially', 'prime ministers'],
    ['a new four-year deal in December 2021', 'deal'],
  ])('labels %s as "%s"', (sentence, label) => {
    expect(extractFacts(sentence)[0]!.label).toBe(label);
  });
});
