import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../../src/kb/load.js';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { buildSearchIndex, decodeTokens, encodeTokens, indexSource } from '../../../src/kb/search-index.js';
import { findFigures } from '../../../src/text/numbers.js';
import { tokenize } from '../../../src/text/tokens.js';
import { tempDir } from '../../support/temp.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

/** What the ranking reads of a sentence, computed from its text at query time (the old way). */
function direct(text: string) {
  const tokens = tokenize(text);
  return {
    tokens: tokens.map((t, k) => {
      const gap = k === 0 ? null : text.slice(tokens[k - 1]!.end, t.start);
      return { norm: t.norm, raw: t.raw, cap: t.cap, possessive: t.possessive, stop: t.stop, before: gap === null ? 'other' : gap === ' ' ? 'space' : /^[-‐]$/.test(gap) ? 'hyphen' : 'other' };
    }),
    figures: findFigures(tokens.map((t) => t.norm)),
  };
}

describe('the stored search index', () => {
  it('decodes to the tokens, flags and figures the text gives, for every sentence of the brief', () => {
    for (const s of kb.sentences) expect(decodeTokens(encodeTokens(s.text, tokenize(s.text)))).toEqual(direct(s.text));
  });

  it('decodes to the same for any text, however written', () => {
    const alphabet = fc.constantFrom(...'aZ U.S. Japan’s it\'s 54,000 6.45 $2 80% - ‐ — , ( ) = | \' é ß Σ 2020s 1st LDP  x'.split(' '), ' ', '-', '|', '=', "'");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(decodeTokens(encodeTokens(text, tokenize(text)))).toEqual(direct(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is what the build makes, and says what texts it was made from', () => {
    expect(kb.searchIndex).toEqual(buildSearchIndex(kb));
    expect(kb.searchIndex?.source).toBe(indexSource(kb));
    const edited = { ...kb, sentences: kb.sentences.map((s, i) => (i === 3 ? { ...s, text: `${s.text} ` } : s)) };
    expect(indexSource(edited)).not.toBe(indexSource(kb));
  });

  it('names people after a role and before ", who"', () => {
    expect(kb.searchIndex?.names).toEqual(expect.arrayContaining(['kishida', 'fumio', 'abe', 'shinzo', 'suga']));
  });

  it('is kept for another knowledge base file only when it was made from its texts', async () => {
    const dir = tempDir('search-index');
    const same = join(dir, 'same.json');
    const edited = join(dir, 'edited.json');
    writeFileSync(same, JSON.stringify(kb));
    const changed = { ...kb, sentences: kb.sentences.map((s, i) => (i === 0 ? { ...s, text: 'Japan has no troops at all.' } : s)) };
    writeFileSync(edited, JSON.stringify(changed));
    const a = await loadKb(same, false);
    const b = await loadKb(edited, false);
    expect(a.ok && a.kb.searchIndex !== undefined).toBe(true);
    expect(b.ok && b.kb.searchIndex === undefined).toBe(true);
  });
});
