import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../../src/ingest/acronyms.js';
import { extractEvents, extractFacts } from '../../src/ingest/facts.js';
import { joinLines } from '../../src/ingest/join-lines.js';
import { lineKind } from '../../src/ingest/line-kind.js';
import { splitSentences } from '../../src/ingest/sentence-split.js';
import { SENTENCE_STARTERS } from '../../src/ingest/word-stats.js';

describe('joinLines', () => {
  it.each([
    [['The U.S.-', 'Japan treaty'], 'The U.S.-Japan treaty'],
    [['to better-than-', 'expected results'], 'to better-than-expected results'],
    [['U.S. troops—currently', 'numbering'], 'U.S. troops—currently numbering'],
    [['a Quad—', 'convening'], 'a Quad—convening'],
    [['a crisis scenario . After', 'that'], 'a crisis scenario. After that'],
    [['curly “quotes” stay', 'as they are'], 'curly “quotes” stay as they are'],
  ])('%j → %s', (lines, expected) => expect(joinLines(lines)).toBe(expected));

  it('drops a typesetter hyphen only when the document writes the word whole', () => {
    expect(joinLines(['a govern-', 'ment'], new Set(['government']))).toBe('a government');
    expect(joinLines(['a govern-', 'ment'], new Set())).toBe('a govern-ment');
  });
});

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t, { isCommonWord: (w) => SENTENCE_STARTERS.has(w) });
  it.each([
    ['It grew. The yen fell.', ['It grew.', 'The yen fell.']],
    ['Holders of U.S. Treasury securities. Next one.', ['Holders of U.S. Treasury securities.', 'Next one.']],
    ['Issues (e.g., auto trade and services). Some Members agree.', ['Issues (e.g., auto trade and services).', 'Some Members agree.']],
    ['Mark E. Manyin wrote it. Then he left.', ['Mark E. Manyin wrote it.', 'Then he left.']],
    ['It relies on the U.S. The next sentence starts here.', ['It relies on the U.S.', 'The next sentence starts here.']],
    ['Exports ($112.2 billion) rose.', ['Exports ($112.2 billion) rose.']],
    ['He said “stop.” Then it ended.', ['He said “stop.”', 'Then it ended.']],
  ])('%s', (text, expected) => expect(split(text)).toEqual(expected));
});

describe('lineKind', () => {
  it.each([
    ['Overview', 'heading'],
    ['The U.S.-Japan Military Alliance', 'heading'],
    ['Figure 1. Top U.S. Trade Partners, 2020', 'caption'],
    ['Source: Bureau of Economic Analysis.', 'source'],
    ['Mark E. Manyin, Specialist in Asian Affairs', 'author'],
    ['IF10199', 'report-number'],
    ['Japan, Australia, and India.', 'body'],
    ['of the United States in several foreign policy areas,', 'body'],
  ])('%s → %s', (text, kind) => expect(lineKind(text)).toBe(kind));
});

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

describe('extractEvents', () => {
  it.each([
    ['an ally since 1951.', [['1951', '1951', null]]],
    ['premier from 2012 to 2020.', [['from 2012 to 2020', '2012', '2020']]],
    ['premier in September 2021, will', [['September 2021', '2021-09', null]]],
    ['Since the early 2000s, the', [['early 2000s', '2000', '2009']]],
    ['the Coronavirus Disease 2019 (COVID-19) pandemic and FY2021', []],
  ])('%s', (s, expected) => expect(extractEvents(s).map((e) => [e.display, e.start, e.end])).toEqual(expected));
});

describe('extractAcronyms', () => {
  it.each([
    ['led the Liberal Democratic Party (LDP) and', [['LDP', 'Liberal Democratic Party']]],
    ['used by U.S. Forces Japan (USFJ) and', [['USFJ', 'U.S. Forces Japan']]],
    ['(known as the Self-Defense Forces, or SDF) more', [['SDF', 'Self-Defense Forces']]],
    ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which', [['CPTPP', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership']]],
  ])('%s', (s, expected) => expect(extractAcronyms(s).map((a) => [a.short, a.long])).toEqual(expected));
});
