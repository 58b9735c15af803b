import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromFile } from '../../../src/ingest/build-from-file.js';
import { validateKb, type KnowledgeBase } from '../../../src/kb/schema.js';

const committed = readFileSync('data/kb.json', 'utf8');
const kb = JSON.parse(committed) as KnowledgeBase;

describe('data/kb.json', () => {
  it('is what npm run build:kb produces from data/brief.txt (not stale)', () => {
    const built = buildFromFile('data/brief.txt');
    if (!built.ok) throw new Error(built.reason);
    // Compared pretty-printed first, so a stale file shows as a readable diff of what changed.
    const pretty = (text: string) => JSON.stringify(JSON.parse(text), null, 1);
    expect(pretty(built.text)).toBe(pretty(committed));
    expect(built.text === committed, 'same content, different bytes: rebuild with npm run build:kb').toBe(true);
  });

  it('passes the schema', () => expect(validateKb(kb).ok).toBe(true));

  it('holds the document metadata', () => {
    expect(kb.document).toMatchObject({ reportId: 'IF10199', version: 19, updated: '2022-03-30', publisher: 'Congressional Research Service' });
    expect(kb.document.authors).toHaveLength(5);
    expect(kb.document.authors.every((a) => /\b(Specialist|Analyst)\b/.test(a.role))).toBe(true);
    expect(kb.document.disclaimer).toMatch(/^This document was prepared/);
  });

  it('has the seven sections in document order', () => {
    expect(kb.sections.map((s) => s.title)).toEqual([
      'Overview', 'COVID-19 Pandemic Response', 'Political Transition in Tokyo', 'The U.S.-Japan Military Alliance',
      'Regional Relations', 'Economic and Trade Issues', 'Trade Agreement Negotiations',
    ]);
  });

  it('keeps furniture out of the text', () => {
    const all = kb.sentences.map((s) => s.text).join(' ');
    for (const furniture of ['crsreports.congress.gov', 'IF10199', 'Updated March', 'Disclaimer', 'Specialist in', 'Figure 1', 'Source:']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('gives every sentence whole: a capital start and a final stop', () => {
    for (const s of kb.sentences) expect(s.text).toMatch(/^[“"(A-Z0-9].*[.?!][”")]?$/);
  });

  it('has no identifier among the facts', () => {
    for (const f of kb.facts) expect(f.display).not.toMatch(/Section 232|COVID-19|FY20|IF10199|Figure/);
  });
});

describe('validateKb', () => {
  it.each([
    ['wrong shape', { hello: 1 }],
    ['missing sections', { ...kb, sections: [] }],
    ['unknown sentence reference', { ...kb, facts: [{ ...kb.facts[0]!, sentenceId: 'nope' }] }],
    ['extra key', { ...kb, __proto__x: 1 }],
  ])('rejects %s', (_, value) => expect(validateKb(value).ok).toBe(false));
});
