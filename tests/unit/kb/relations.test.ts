import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRelations, packRelations, relationsFileText, relationsFromText, type Relation } from '../../../src/kb/relations.js';
import type { KnowledgeBase } from '../../../src/kb/schema.js';
import { baseForms } from '../../../src/text/morphy.js';
import { tempDir } from '../../support/temp.js';

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const owner = { document: kb.document, sentences: kb.sentences };

describe('the relation file', () => {
  // Keys of every length and shape, some sharing prefixes, so the binary search meets them all.
  const map: Record<string, Relation[]> = {};
  const words = ['a1', 'aa', 'aab', 'ab', 'armed_forces', 'b', 'gi', 'gis', 'long-range', 'm', 'zz', 'zzz'];
  for (let i = 0; i < 500; i++) words.push(`k${(i * 7919).toString(36)}${'x'.repeat(i % 40)}`);
  words.forEach((w, i) => (map[w] = [{ term: `t${i}`, weight: 0.5, how: i % 2 ? 'related' : 'synonym' }]));
  const text = relationsFileText(owner, packRelations(map));
  const file = join(tempDir('relations'), 'kb.relations.json');
  writeFileSync(file, text);

  it('is JSON, and finds every key, in memory and in the file, and nothing else', () => {
    expect(JSON.parse(text).lines.length).toBe(words.length + 1);
    const inMemory = relationsFromText(text, owner)!;
    const onDisk = openRelations(file, owner);
    for (const w of words) {
      expect(inMemory(w)).toEqual(map[w]);
      expect(onDisk(w)).toEqual(map[w]);
    }
    for (const w of ['', '0', 'a', 'aaa', 'ac', 'gi_', 'k', 'zzzz', 'armed', 'x:y', '"']) {
      expect(inMemory(w)).toEqual([]);
      expect(onDisk(w)).toEqual([]);
    }
  });

  it('is ignored when it was built for another knowledge base, or is missing', () => {
    const other = { ...owner, sentences: owner.sentences.slice(1) };
    expect(relationsFromText(text, other)).toBeNull();
    expect(openRelations(file, other)('gi')).toEqual([]);
    expect(openRelations(join(tempDir('relations'), 'missing.json'), owner)('gi')).toEqual([]);
  });

  it('of the bundled brief leads a word it does not use to its kin', () => {
    const relations = openRelations('data/kb.relations.json', kb);
    expect(relations('lawmaker').map((r) => r.term)).toContain('legislatur');
    expect(relations('troops')).toEqual([]); // keys are lemmas: a query's inflections are tried by base form
  });
});

describe('base forms', () => {
  it('undoes regular inflections, the word itself first', () => {
    expect(baseForms('gis')).toEqual(['gis', 'gi']);
    expect(baseForms('casualties')).toContain('casualty');
    expect(baseForms('hosting')).toEqual(expect.arrayContaining(['hosting', 'host', 'hoste']));
    expect(baseForms('law')).toEqual(['law']);
  });
});
