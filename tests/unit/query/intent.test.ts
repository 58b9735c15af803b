import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/query/search/intent.js';

describe('analyzeQuery', () => {
  it.each([
    ['troops', null, null, [], null, null],
    ['how many troops are in japan', 'quantity', 'count', ['troops'], null, null],
    ['how many us troops are stationed in japan', 'quantity', 'count', ['us', 'troops'], null, null],
    ['how much money does japan pay for us troops', 'quantity', 'money', ['money'], null, null],
    ['what share of the population was vaccinated', 'quantity', 'percent', ['population'], null, null],
    ['when did Kishida become prime minister', 'date', null, ['prime', 'minister'], 'prime minister', null],
    ['who is the prime minister of japan', 'person', null, ['prime', 'minister'], 'prime minister', 'current'],
    ['who was the former prime minister', 'person', null, ['prime', 'minister'], 'prime minister', 'former'],
    ['who was abe', 'person', null, ['abe'], null, null],
    ['where are the senkaku islands', 'place', null, ['senkaku', 'islands'], null, null],
    ['what is the Diet', 'definition', null, ['diet'], null, null],
    ['what is the legislature called', 'name', null, ['legislature'], null, null],
    ['why are Okinawans opposed to the bases', 'reason', null, ['okinawans', 'opposed'], null, null],
    ['what rank is japan as a trading partner', 'rank', null, ['japan'], null, null],
    ['who wrote this report', 'document', null, ['report'], null, null],
    ['who are the authors of this brief', 'document', null, ['author'], 'author', null],
  ] as const)('"%s" → %s %s, focus %j, role %s, time %s', (q, type, quantity, focus, role, time) => {
    const i = analyzeQuery(q);
    expect(i.type).toBe(type);
    expect(i.quantity).toBe(quantity);
    if (type !== null) expect(i.focus).toEqual(focus);
    expect(i.role).toBe(role);
    expect(i.time).toBe(time);
  });

  it('keeps content words, drops stop and question words; "us" stays a word', () => {
    expect(analyzeQuery('how many US troops are stationed in Japan').content).toEqual(['us', 'troops', 'stationed', 'japan']);
    expect(analyzeQuery('the troops of the alliance').content).toEqual(['troops', 'alliance']);
  });

  it('a question about the authors of something else is not about the document', () => {
    expect(analyzeQuery('who are the authors of the trade deals').type).toBe('person');
  });

  it('reads quoted phrases apart from loose words', () => {
    const i = analyzeQuery('"trade deficit" japan');
    expect(i.phrases).toEqual(['trade deficit']);
    expect(i.content).toEqual(['japan']);
    expect(analyzeQuery('“trade deficit”').phrases).toEqual(['trade deficit']);
  });

  it.each([
    ['54000', 54000, 'count'],
    ['54,000', 54000, 'count'],
    ['54 000', 54000, 'count'],
    ['6450000', 6450000, 'count'],
    ['6.45 million', 6450000, 'count'],
    ['fifty four thousand', 54000, 'count'],
    ['two billion', 2e9, 'count'],
    ['$2 billion', 2e9, 'USD'],
    ['40 billion dollars', 4e10, 'USD'],
    ['80%', 80, 'percent'],
    ['46 percent', 46, 'percent'],
    ['1951', 1951, 'year'],
    ['!two', 2, 'count'],
  ] as const)('reads the figure in "%s" as %d %s', (q, value, unit) => {
    const [f] = analyzeQuery(q).figures;
    expect(f?.value).toBeCloseTo(value, 6);
    expect(f?.unit).toBe(unit);
  });

  it('reads unit words standing alone as units, not words', () => {
    for (const u of ['percent', '%', 'usd', 'dollars', '$', 'billion']) {
      const i = analyzeQuery(u);
      expect(i.units, u).toEqual([u]);
      expect(i.content, u).toEqual([]);
    }
  });

  it('reads full-width input as plain letters', () => expect(analyzeQuery('ｔｒｏｏｐｓ').content).toEqual(['troops']));
});
