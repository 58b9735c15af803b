import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/format/width.js';
import { breakWord, hang, withTail, wrap } from '../../../src/format/wrap.js';

const URL = 'https://crsreports.congress.gov/product/pdf/IF/IF10199';

describe('displayWidth', () => {
  it.each([
    ['troops', 6],
    ['Japan’s — “quoted” …', 20],
    ['日本', 4],
    ['ｔｒｏｏｐｓ', 12],
    ['e\u0301', 1],
    ['', 0],
  ])('%j is %i columns', (text, width) => expect(displayWidth(text)).toBe(width));
});

describe('wrap', () => {
  it('wraps at spaces to the width', () => {
    expect(wrap('one two three four five six', 10)).toEqual(['one two', 'three four', 'five six']);
  });

  it('indents every line, and hang indents the first differently', () => {
    expect(wrap('one two three', 9, '  ')).toEqual(['  one two', '  three']);
    expect(hang('one two three four', 10, '1. ', '   ')).toEqual(['1. one two', '   three', '   four']);
  });

  it('breaks a URL longer than the width after a "/", onto an indented line', () => {
    const lines = hang(`see ${URL} now`, 40, '', '');
    expect(lines).toEqual(['see', 'https://crsreports.congress.gov/product/', '  pdf/IF/IF10199', 'now']);
  });

  it('never breaks inside https://', () => {
    for (const piece of breakWord(URL, 8, 8)) expect(piece).not.toMatch(/^\/|^https?:\/?$/);
  });

  it('breaks a long hyphenated word after a hyphen', () => {
    expect(wrap('a fifth-largest-trading-partner b', 16)).toEqual(['a', 'fifth-largest-', 'trading-partner', 'b']);
  });

  it('breaks wide characters by their width', () => {
    for (const l of wrap('日本の米軍基地について詳しく説明する', 9)) expect(displayWidth(l)).toBeLessThanOrEqual(9);
  });

  it('puts a tail after the last line, or on its own line when it does not fit', () => {
    expect(withTail(['Overview'], 'p. 1', 40, '')).toEqual(['Overview  p. 1']);
    expect(withTail(['Overview'], 'p. 1', 12, '   ')).toEqual(['Overview', '   p. 1']);
  });

  const word = fc.stringMatching(/^[a-zA-Z0-9,.;:/'’“”—–-]{1,40}$/);
  const text = fc.array(fc.oneof(word, fc.constantFrom('日本', URL, 'fifth-largest')), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

  it('never exceeds the width and never loses a character (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 6, max: 120 }), fc.constantFrom('', '  ', '1. '), (t, width, indent) => {
        const lines = wrap(t, width, indent);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        const body = lines.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
        expect(body.join('').replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
      }),
      { numRuns: 300, seed: 10 },
    );
  });
});
