// Writing to the user's store of knowledge bases (see kb-store.ts): storing one, recording or
// forgetting the default. Only `ingest --use` and `use` load this.

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { KbIdentity } from '../kb/identity.js';
import { writeAtomically } from '../kb/write-atomic.js';
import { RECORD, sha256, storeDir, storedName, type DefaultRecord } from './kb-store.js';

/** Stores a knowledge base's text and makes it the default; returns the stored file's path. */
export function storeAndUse(text: string, id: KbIdentity, dir: string = storeDir()): string {
  mkdirSync(dir, { recursive: true });
  const file = storedName(id);
  const path = join(dir, file);
  writeAtomically(path, text);
  writeRecord({ ...id, file, sha256: sha256(text) }, dir);
  return path;
}

/** Writes default.json (atomically). */
export function writeRecord(record: DefaultRecord, dir: string = storeDir()): void {
  mkdirSync(dir, { recursive: true });
  const { file, sha256: hash, reportId, title, version, updated } = record;
  writeAtomically(join(dir, RECORD), `${JSON.stringify({ file, sha256: hash, reportId, title, version, updated }, null, 2)}\n`);
}

/** Forgets the default: the bundled knowledge base answers again. */
export function clearRecord(dir: string = storeDir()): void {
  rmSync(join(dir, RECORD), { force: true });
}
