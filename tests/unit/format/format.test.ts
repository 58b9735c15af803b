import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/format/citation/crs.js';
import { highlight } from '../../../src/format/highlight.js';
import { safe } from '../../../src/format/safe.js';
import { PLAIN } from '../../../src/format/style.js';
import { wrap } from '../../../src/format/wrap.js';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { normalizeText } from '../../../src/text/normalize.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('formatting', () => {
  it('normalizes text and queries alike', () => expect(normalizeText('U.S. ｔｒｏｏｐｓ 54,000 Café')).toBe('us troops 54000 cafe'));
  it('wraps at the width', () => {
    for (const l of wrap('word '.repeat(50), 30)) expect(l.length).toBeLessThanOrEqual(30);
  });
  it('neutralizes escape sequences', () => expect(safe('a\u001b[31mred\u0007')).toBe('a\\u001b[31mred\\u0007'));
  it('does not highlight in plain style', () => expect(highlight('troops here', ['troops'], PLAIN)).toBe('troops here'));
  it('cites the brief in the CRS form, with the report’s own URL', () =>
    expect(citation(kb)).toBe(
      'Emma Chanlett-Avery, Mark E. Manyin, Brock R. Williams, Cathleen D. Cimino-Isaacs, and Caitlin Campbell, U.S.-Japan Relations, Congressional Research Service, In Focus IF10199, version 19, updated March 30, 2022, https://crsreports.congress.gov/product/pdf/IF/IF10199',
    ));
});
