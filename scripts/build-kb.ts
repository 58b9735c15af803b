/**
 * npm run build:kb [-- <brief.txt> <kb.json>] — data/brief.txt → data/kb.json, and its relation
 * file data/kb.relations.json (words the brief does not use). The output is
 * validated, then written atomically, so a failed build never leaves a broken or half-written
 * knowledge base. Exit 2 with one line on stderr for any fault.
 */
import { resolve } from 'node:path';
import { buildFromFile } from '../src/ingest/build-from-file.js';
import { relationsPath } from '../src/kb/relations.js';
import { writeAtomically } from '../src/kb/write-atomic.js';

const source = resolve(process.argv[2] ?? 'data/brief.txt');
const target = resolve(process.argv[3] ?? 'data/kb.json');
const built = buildFromFile(source);
try {
  if (!built.ok) throw new Error(built.reason);
  writeAtomically(relationsPath(target), built.relations);
  writeAtomically(target, built.text);
  process.stderr.write(`wrote ${target} and ${relationsPath(target)}\n`);
} catch (e) {
  process.stderr.write(`build:kb: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
