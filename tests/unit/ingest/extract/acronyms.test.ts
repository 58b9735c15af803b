import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../../../../src/ingest/extract/acronyms.js';

describe('extractAcronyms', () => {
  it.each([
    ['led the Liberal Democratic Party (LDP) and', [['LDP', 'Liberal Democratic Party']]],
    ['used by U.S. Forces Japan (USFJ) and', [['USFJ', 'U.S. Forces Japan']]],
    ['(known as the Self-Defense Forces, or SDF) more', [['SDF', 'Self-Defense Forces']]],
    ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which', [['CPTPP', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership']]],
  ])('%s', (s, expected) => expect(extractAcronyms(s).map((a) => [a.short, a.long])).toEqual(expected));
});
