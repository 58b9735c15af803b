/** The tiny hand-made knowledge base of tests/fixtures/tiny-kb.json, for formatter tests. */
import { readFileSync } from 'node:fs';
import { validateKb, type KnowledgeBase } from '../../src/kb/schema.js';

export const TINY_KB_PATH = 'tests/fixtures/tiny-kb.json';

/** A fresh copy of the tiny knowledge base, as loading it with --kb makes it (fields it lacks take their defaults). */
export function tinyKb(): KnowledgeBase {
  const checked = validateKb(JSON.parse(readFileSync(TINY_KB_PATH, 'utf8')));
  if (!checked.ok) throw new Error(`tests/fixtures/tiny-kb.json: ${checked.error}`);
  return checked.kb;
}

/** Display width of a line without escape sequences, counting wide characters as two. */
export { displayWidth } from '../../src/format/width.js';
