import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../../src/ingest/text/join-lines.js';

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

describe('joinLines: the truth rules for line breaks', () => {
  it.each([
    [['Two-', 'or three-star'], 'Two- or three-star'],
    [['Headquarters Air Force -', 'April 19'], 'Headquarters Air Force - April 19'],
    [['https://asc.army.mil/web/', 'portfolio-item/x.'], 'https://asc.army.mil/web/portfolio-item/x.'],
    [['Lewis-McChord, WA—', 'FY2029;'], 'Lewis-McChord, WA—FY2029;'],
    [['1-51st Air Defense Artillery (ADA)–', 'Joint Base'], '1-51st Air Defense Artillery (ADA)–Joint Base'],
  ])('%j → %s', (lines, expected) => expect(joinLines(lines)).toBe(expected));
});
